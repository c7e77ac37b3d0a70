package dev.shopfront.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.protobuf.Message;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import dev.shopfront.localstack.LocalStack;
import dev.shopfront.proto.events.EventCatalog;
import dev.shopfront.proto.events.EventJson;
import dev.shopfront.proto.events.Topics;
import dev.shopfront.proto.events.v1.PaymentCompleted;
import dev.shopfront.proto.events.v1.PaymentFailed;
import dev.shopfront.proto.events.v1.PaymentRefunded;
import dev.shopfront.proto.events.v1.StockUpdated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PaymentEventsTest extends NotificationServiceIntegrationTest {

	@Autowired
	private KafkaTemplate<String, Message> kafka;

	@Autowired
	private InMemorySpanExporter spans;

	private void send(Message event) {
		this.kafka.send(Topics.PAYMENT_EVENTS, "key", event).join();
	}

	private static PaymentCompleted completed(String eventId, String user, String payment) {
		return PaymentCompleted.newBuilder()
			.setEventId(eventId)
			.setEventType(EventCatalog.PAYMENT_COMPLETED.type())
			.setPaymentId(payment)
			.setUserId(user)
			.setAmount("59.98")
			.setCurrency("EUR")
			.build();
	}

	private List<Map<String, Object>> notificationsOf(String user) {
		return this.jdbc
			.sql("SELECT title, message, status, priority, template, channel, type, source_event_id,"
					+ " data->>'payment_id' AS payment_id FROM notifications WHERE user_id = :user ORDER BY id")
			.param("user", user)
			.query()
			.listOfRows();
	}

	@Test
	void aCompletedPaymentDeliveredTwiceNotifiesTheBuyerOnce() {
		String user = user("buyer");
		String eventId = UUID.randomUUID().toString();
		String marker = UUID.randomUUID().toString();

		send(completed(eventId, user, "pay-1"));
		send(completed(eventId, user, "pay-1"));
		send(completed(marker, user, "pay-2"));

		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf(user).size() == 2);
		List<Map<String, Object>> rows = notificationsOf(user);
		assertThat(rows).extracting((row) -> row.get("source_event_id")).containsExactly(eventId, marker);
		Map<String, Object> first = rows.get(0);
		assertThat(first).containsEntry("title", "Payment received")
			.containsEntry("status", "delivered")
			.containsEntry("channel", "in_app")
			.containsEntry("type", "payment")
			.containsEntry("template", "payment_completed")
			.containsEntry("payment_id", "pay-1");
		assertThat((String) first.get("message")).contains("59.98 EUR");
	}

	@Test
	void theListenersSpanAndItsQueriesContinueTheTraceTheRecordCarries() {
		String user = user("traced");
		String traceId = "0af7651916cd43dd8448eb211c80319c";
		String producerSpan = "b7ad6b7169203331";
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PAYMENT_EVENTS, "pay-t",
				EventJson.write(completed(UUID.randomUUID().toString(), user, "pay-t")));
		record.headers().add("traceparent", ("00-" + traceId + "-" + producerSpan + "-01").getBytes());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.shared().kafka().bootstrapServers()),
				new StringSerializer(), new ByteArraySerializer())) {
			producer.send(record);
		}

		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf(user).size() == 1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<SpanData> trace = this.spans.getFinishedSpanItems()
				.stream()
				.filter((span) -> span.getTraceId().equals(traceId))
				.toList();
			SpanData consumer = trace.stream()
				.filter((span) -> span.getKind() == SpanKind.CONSUMER)
				.findFirst()
				.orElseThrow();
			assertThat(consumer.getName()).isEqualTo(Topics.PAYMENT_EVENTS + " process");
			assertThat(consumer.getParentSpanId()).isEqualTo(producerSpan);
			assertThat(trace).filteredOn((span) -> span.getName().startsWith("query"))
				.isNotEmpty()
				.allSatisfy((query) -> assertThat(query.getParentSpanId()).isNotEqualTo(producerSpan));
		});
	}

	@Test
	void aFailedPaymentIsAHighPriorityNoticeWithTheReasonAndARefundAnother() {
		String user = user("buyer");
		send(PaymentFailed.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setEventType(EventCatalog.PAYMENT_FAILED.type())
			.setPaymentId("pay-9")
			.setUserId(user)
			.setAmount("10.13")
			.setCurrency("EUR")
			.setReason("card declined")
			.build());
		send(PaymentRefunded.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setEventType(EventCatalog.PAYMENT_REFUNDED.type())
			.setPaymentId("pay-8")
			.setUserId(user)
			.setAmount("5.00")
			.setCurrency("EUR")
			.build());

		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf(user).size() == 2);
		assertThat(notificationsOf(user)).extracting((row) -> row.get("title"))
			.containsExactlyInAnyOrder("Payment failed", "Payment refunded");
		Map<String, Object> failed = notificationsOf(user).stream()
			.filter((row) -> row.get("title").equals("Payment failed"))
			.findFirst()
			.orElseThrow();
		assertThat(failed).containsEntry("priority", "high");
		assertThat((String) failed.get("message")).contains("card declined");
	}

	@Test
	void unreadableAndForeignRecordsGoToTheDeadLetterTopic() {
		String bootstrap = LocalStack.shared().kafka().bootstrapServers();
		String garbage = "not an event " + UUID.randomUUID();
		String foreign = UUID.randomUUID().toString();
		String badUser = UUID.randomUUID().toString();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(Topics.PAYMENT_EVENTS, "x", garbage));
		}
		send(StockUpdated.newBuilder()
			.setEventId(foreign)
			.setEventType(EventCatalog.STOCK_UPDATED.type())
			.setProductId(1)
			.setQuantity(1)
			.setOperation("decrease")
			.build());
		send(completed(badUser, "not a user id", "pay-3"));

		try (KafkaConsumer<String, String> dlt = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
						"dlt-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			dlt.subscribe(List.of(Topics.PAYMENT_EVENTS + "-dlt"));
			List<String> seen = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				dlt.poll(Duration.ofMillis(300)).forEach((record) -> seen.add(record.value()));
				return seen.contains(garbage) && seen.stream().anyMatch((value) -> value.contains(foreign))
						&& seen.stream().anyMatch((value) -> value.contains(badUser));
			});
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM notifications WHERE source_event_id IN (:ids)")
			.param("ids", List.of(foreign, badUser))
			.query(Long.class)
			.single()).isZero();
	}

}
