package dev.shopfront.payment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dev.shopfront.localstack.LocalStack;
import dev.shopfront.payment.infrastructure.messaging.JdbcOutbox;
import dev.shopfront.payment.infrastructure.messaging.OutboxMessage;
import dev.shopfront.payment.infrastructure.messaging.OutboxRelay;
import dev.shopfront.proto.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay drains a backlog in one run, batch after batch, in order. With one batch per
 * poll interval it published at most batch-size / interval events a second (200/s with
 * the defaults, about 50 checkouts/s), so a backlog after a Kafka outage drained for
 * minutes.
 */
@TestPropertySource(properties = { "shopfront.outbox.poll-interval=1h", "shopfront.outbox.batch-size=2" })
class OutboxDrainTest extends PaymentServiceIntegrationTest {

	private static final int ROWS = 7;

	@Autowired
	private JdbcOutbox outbox;

	@Autowired
	private OutboxRelay relay;

	@Test
	void oneRunPublishesTheWholeBacklogInOrderNotOneBatch() {
		String aggregate = UUID.randomUUID().toString();
		this.outbox
			.append(IntStream.range(0, ROWS)
				.mapToObj((n) -> new OutboxMessage(aggregate, Topics.PAYMENT_EVENTS, aggregate,
						UUID.randomUUID().toString(), "payment.drain-test",
						"{\"aggregate\":\"%s\",\"n\":%d}".formatted(aggregate, n)))
				.toList());
		assertThat(unsent(aggregate)).isEqualTo(ROWS);

		this.relay.relay();

		assertThat(unsent(aggregate)).isZero();
		assertThat(published(aggregate)).extracting(ConsumerRecord::value)
			.containsExactly(IntStream.range(0, ROWS)
				.mapToObj((n) -> "{\"aggregate\":\"%s\",\"n\":%d}".formatted(aggregate, n))
				.toArray(String[]::new));
	}

	private long unsent(String aggregate) {
		return this.jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = :id AND sent_at IS NULL")
			.param("id", aggregate)
			.query(Long.class)
			.single();
	}

	private static List<ConsumerRecord<String, String>> published(String aggregate) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				LocalStack.shared().kafka().bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"drain-test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, String>> seen = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.PAYMENT_EVENTS));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach((record) -> {
					if (aggregate.equals(record.key())) {
						seen.add(record);
					}
				});
				return seen.size() >= ROWS;
			});
		}
		return seen;
	}

}
