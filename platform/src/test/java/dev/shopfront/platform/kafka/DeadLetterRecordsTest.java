package dev.shopfront.platform.kafka;

import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.event.ConsumerStartedEvent;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterRecordsTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final DeadLetterRecords deadLetters = new DeadLetterRecords(this.meters);

	@Test
	void theTopicsOfAStartedConsumerAreCountedFromZero() {
		KafkaMessageListenerContainer<String, String> container = new KafkaMessageListenerContainer<>(
				new DefaultKafkaConsumerFactory<>(Map.of()), new ContainerProperties("stock-events", "basket-events"));

		this.deadLetters.onApplicationEvent(new ConsumerStartedEvent(container, container));

		assertThat(this.meters.get(DeadLetterRecords.NAME).counters())
			.extracting((counter) -> counter.getId().getTag("topic") + "/" + counter.getId().getTag("reason"))
			.containsExactlyInAnyOrder("stock-events/failed", "stock-events/malformed",
					"stock-events/unexpected_event_type", "basket-events/failed", "basket-events/malformed",
					"basket-events/unexpected_event_type");
		assertThat(this.meters.get(DeadLetterRecords.NAME).counters())
			.allSatisfy((counter) -> assertThat(counter.count()).isZero());
	}

	@Test
	void eachRecoveredRecordCountsOnceForTheTopicItCameFromAndItsReason() {
		this.deadLetters.recovered(new ConsumerRecord<>("stock-events", 0, 7L, "1", "bad"),
				new IllegalStateException());
		this.deadLetters.recovered(new ConsumerRecord<>("stock-events", 1, 9L, "2", "bad"),
				new IllegalStateException());
		this.deadLetters.recovered(new ConsumerRecord<>("stock-events", 1, 10L, "3", "bad"), new RuntimeException(
				"listener failed", new RejectedEventException("unknown_reservation", "no reservation r-1")));
		this.deadLetters.failedDelivery(new ConsumerRecord<>("basket-events", 0, 1L, "u", "x"),
				new IllegalStateException(), 1);

		assertThat(count("stock-events", "failed")).isEqualTo(2);
		assertThat(count("stock-events", "unknown_reservation")).isEqualTo(1);
		assertThat(this.meters.find(DeadLetterRecords.NAME).tag("topic", "basket-events").counter()).isNull();
	}

	private double count(String topic, String reason) {
		return this.meters.get(DeadLetterRecords.NAME).tags("topic", topic, "reason", reason).counter().count();
	}

}
