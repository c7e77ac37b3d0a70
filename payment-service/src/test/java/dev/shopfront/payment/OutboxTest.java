package dev.shopfront.payment;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.shopfront.localstack.KafkaBroker;
import dev.shopfront.localstack.LocalStack;
import dev.shopfront.localstack.PublishedRecords;
import dev.shopfront.proto.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

class OutboxTest extends PaymentServiceIntegrationTest {

	@Test
	void aPaymentCompletedWhileKafkaIsDownIsAnnouncedExactlyOnceWhenItReturns() throws Exception {
		String user = user();
		long pen = product(10);
		long ink = product(10);
		peers.baskets.put(user, pen, "Pen", "19.99", 3);
		peers.baskets.put(user, ink, "Ink", "2.50", 1);
		String id = idOf(createPayment(user, "credit_card"));
		KafkaBroker kafka = LocalStack.shared().kafka();

		kafka.stop();
		try {
			this.mvc.perform(post("/payments/{id}/process", id)).andExpect(jsonPath("$.status").value("completed"));
			assertThat(unsent(id)).isEqualTo(4);
		}
		finally {
			kafka.start();
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> unsent(id) == 0);
		List<ConsumerRecord<String, String>> events = eventsOf(id, 4);
		assertThat(events).extracting(ConsumerRecord::topic)
			.containsExactlyInAnyOrder(Topics.PAYMENT_EVENTS, Topics.STOCK_EVENTS, Topics.STOCK_EVENTS,
					Topics.BASKET_EVENTS);
		assertThat(events).filteredOn((record) -> record.topic().equals(Topics.PAYMENT_EVENTS))
			.singleElement()
			.satisfies((record) -> {
				assertThat(record.key()).isEqualTo(id);
				assertThat(record.value()).contains("\"event_type\":\"payment.completed\"", "\"amount\":\"62.47\"");
			});
		assertThat(events).filteredOn((record) -> record.topic().equals(Topics.STOCK_EVENTS))
			.extracting(ConsumerRecord::key)
			.containsExactlyInAnyOrder(String.valueOf(pen), String.valueOf(ink));
		assertThat(events).filteredOn((record) -> record.topic().equals(Topics.BASKET_EVENTS))
			.singleElement()
			.satisfies((record) -> assertThat(record.key()).isEqualTo(user));
	}

	private long unsent(String paymentId) {
		return this.jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = :id AND sent_at IS NULL")
			.param("id", paymentId)
			.query(Long.class)
			.single();
	}

	/** Every record about the payment on the three topics, read until no more arrive. */
	private static List<ConsumerRecord<String, String>> eventsOf(String paymentId, int expected) {
		// Anything published twice would arrive right behind the rest.
		return PublishedRecords.read(LocalStack.shared().kafka(),
				List.of(Topics.PAYMENT_EVENTS, Topics.STOCK_EVENTS, Topics.BASKET_EVENTS),
				(record) -> record.value().contains(paymentId), expected, Duration.ofSeconds(2));
	}

}
