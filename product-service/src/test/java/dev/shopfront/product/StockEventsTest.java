package dev.shopfront.product;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.protobuf.Message;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import dev.shopfront.localstack.LocalStack;
import dev.shopfront.product.domain.Reservation;
import dev.shopfront.product.domain.Stock;
import dev.shopfront.product.domain.StockLine;
import dev.shopfront.proto.events.EventCatalog;
import dev.shopfront.proto.events.Topics;
import dev.shopfront.proto.events.v1.StockUpdated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StockEventsTest extends ProductServiceIntegrationTest {

	@Autowired
	private KafkaTemplate<String, Message> kafka;

	@Autowired
	private Stock stock;

	private static StockUpdated event(String eventId, long productId, int quantity, String operation,
			String reservationId) {
		return StockUpdated.newBuilder()
			.setEventId(eventId)
			.setEventType(EventCatalog.STOCK_UPDATED.type())
			.setProductId(productId)
			.setQuantity(quantity)
			.setOperation(operation)
			.setReservationId(reservationId)
			.build();
	}

	private void send(StockUpdated event) {
		this.kafka.send(Topics.STOCK_EVENTS, String.valueOf(event.getProductId()), event).join();
	}

	private long processed(String eventId) {
		return this.jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = :id AND outcome <> 'PENDING'")
			.param("id", eventId)
			.query(Long.class)
			.single();
	}

	private String outcomeOf(String eventId) {
		return this.jdbc.sql("SELECT outcome FROM processed_events WHERE event_id = :id")
			.param("id", eventId)
			.query(String.class)
			.single();
	}

	@Test
	void theSameEventDeliveredTwiceDecrementsOnce() {
		long product = productWithStock(10);
		StockUpdated event = event(UUID.randomUUID().toString(), product, 3, "decrease", "");
		String marker = UUID.randomUUID().toString();

		send(event);
		send(event);
		send(event(marker, product, 1, "increase", ""));

		await().atMost(Duration.ofSeconds(20)).until(() -> processed(marker) == 1);
		assertThat(stockOf(product)).isEqualTo(10 - 3 + 1);
		assertThat(outcomeOf(event.getEventId())).isEqualTo("APPLIED");
	}

	@Test
	void twentyConcurrentDecrementsOnStockTenApplyTenAndRefuseTen() {
		long product = productWithStock(10);
		List<String> ids = java.util.stream.IntStream.range(0, 20)
			.mapToObj((i) -> UUID.randomUUID().toString())
			.toList();

		ids.parallelStream().forEach((id) -> send(event(id, product, 1, "decrease", "")));

		await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch((id) -> processed(id) == 1));
		assertThat(stockOf(product)).isZero();
		assertThat(ids.stream().map(this::outcomeOf).filter("APPLIED"::equals).count()).isEqualTo(10);
		assertThat(ids.stream().map(this::outcomeOf).filter("REFUSED_INSUFFICIENT_STOCK"::equals).count())
			.isEqualTo(10);
	}

	@Test
	void aDecreaseSettlingAHeldReservationDoesNotSubtractAgain() {
		long product = productWithStock(10);
		String reservation = "pay-" + UUID.randomUUID();
		this.stock.reserve(new Reservation(reservation, List.of(new StockLine(product, 4))));
		String eventId = UUID.randomUUID().toString();

		send(event(eventId, product, 4, "decrease", reservation));

		await().atMost(Duration.ofSeconds(20)).until(() -> processed(eventId) == 1);
		assertThat(stockOf(product)).isEqualTo(6);
		assertThat(outcomeOf(eventId)).isEqualTo("SETTLED_BY_RESERVATION");
	}

	@Test
	void aReleaseHappensOnceEvenUnderTwoEventIds() {
		long product = productWithStock(5);
		String reservation = "pay-" + UUID.randomUUID();
		this.stock.reserve(new Reservation(reservation, List.of(new StockLine(product, 2))));
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();

		send(event(first, product, 2, "increase", reservation));
		send(event(second, product, 2, "increase", reservation));

		await().atMost(Duration.ofSeconds(20)).until(() -> processed(first) + processed(second) == 2);
		assertThat(stockOf(product)).isEqualTo(5);
		assertThat(List.of(outcomeOf(first), outcomeOf(second))).containsExactly("APPLIED", "ALREADY_SETTLED");
	}

	@Test
	void aRefundAfterCompletionRestocksOnce() {
		long product = productWithStock(5);
		String reservation = "pay-" + UUID.randomUUID();
		this.stock.reserve(new Reservation(reservation, List.of(new StockLine(product, 2))));
		String completed = UUID.randomUUID().toString();
		String refunded = UUID.randomUUID().toString();
		String refundedAgain = UUID.randomUUID().toString();

		send(event(completed, product, 2, "decrease", reservation));
		send(event(refunded, product, 2, "increase", reservation));
		send(event(refundedAgain, product, 2, "increase", reservation));

		await().atMost(Duration.ofSeconds(20)).until(() -> processed(refundedAgain) == 1);
		assertThat(stockOf(product)).isEqualTo(5);
	}

	@Test
	void anUnreadableRecordGoesToTheDeadLetterTopic() {
		String bootstrap = LocalStack.shared().kafka().bootstrapServers();
		String garbage = "not an event " + UUID.randomUUID();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(Topics.STOCK_EVENTS, "x", garbage));
		}
		try (KafkaConsumer<String, String> dlt = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
						"dlt-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			dlt.subscribe(List.of(Topics.STOCK_EVENTS + "-dlt"));
			List<String> seen = new java.util.ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				dlt.poll(Duration.ofMillis(300)).forEach((ConsumerRecord<String, String> r) -> seen.add(r.value()));
				return seen.contains(garbage);
			});
		}
	}

}
