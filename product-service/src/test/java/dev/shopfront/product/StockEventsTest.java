package dev.shopfront.product;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.protobuf.Message;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import dev.shopfront.proto.events.v1.BasketCleared;
import dev.shopfront.proto.events.v1.StockUpdated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StockEventsTest extends ProductServiceIntegrationTest {

	@Autowired
	private KafkaTemplate<String, Message> kafka;

	@Autowired
	private Stock stock;

	@Autowired
	private MeterRegistry meters;

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

	private long processedAtAll(String eventId) {
		return this.jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single();
	}

	private double rejected(String reason) {
		Counter counter = this.meters.find("dead.letter.records")
			.tags("topic", Topics.STOCK_EVENTS, "reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	/** Waits until stock-events-dlt holds a record for each of the event ids. */
	private void awaitDeadLetters(List<String> eventIds) {
		String bootstrap = LocalStack.shared().kafka().bootstrapServers();
		try (KafkaConsumer<String, String> dlt = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
						"dlt-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			dlt.subscribe(List.of(Topics.STOCK_EVENTS + "-dlt"));
			StringBuilder seen = new StringBuilder();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				dlt.poll(Duration.ofMillis(300)).forEach((record) -> seen.append(record.value()).append('\n'));
				return eventIds.stream().allMatch((id) -> seen.indexOf(id) >= 0);
			});
		}
	}

	private String outcomeOf(String eventId) {
		return this.jdbc.sql("SELECT outcome FROM processed_events WHERE event_id = :id")
			.param("id", eventId)
			.query(String.class)
			.single();
	}

	@Test
	void theSameEventDeliveredTwiceSettlesOnce() {
		long product = productWithStock(10);
		String reservation = "pay-" + UUID.randomUUID();
		this.stock.reserve(new Reservation(reservation, List.of(new StockLine(product, 3))));
		StockUpdated event = event(UUID.randomUUID().toString(), product, 3, "increase", reservation);

		send(event);
		send(event);

		await().atMost(Duration.ofSeconds(20)).until(() -> processed(event.getEventId()) == 1);
		assertThat(stockOf(product)).isEqualTo(10);
		assertThat(outcomeOf(event.getEventId())).isEqualTo("RETURNED_TO_STOCK");
	}

	@Test
	void forgedOrOutOfRangeEventsChangeNothingAndAreDeadLetteredWithTheirReason() {
		long product = productWithStock(10);
		String reservation = "pay-" + UUID.randomUUID();
		this.stock.reserve(new Reservation(reservation, List.of(new StockLine(product, 2))));
		Map<String, StockUpdated> forged = Map.of("unknown_reservation",
				event(UUID.randomUUID().toString(), product, 500, "increase", "made-up-" + UUID.randomUUID()),
				"quantity_mismatch", event(UUID.randomUUID().toString(), product, 7, "increase", reservation),
				"out_of_range", event(UUID.randomUUID().toString(), product, 2_000_000, "increase", reservation),
				"invalid_event", event(UUID.randomUUID().toString(), product, 2, "explode", reservation));
		StockUpdated withoutReservation = event(UUID.randomUUID().toString(), product, 5, "increase", "");
		Map<String, Double> before = new java.util.HashMap<>();
		List.of("unknown_reservation", "quantity_mismatch", "out_of_range", "invalid_event")
			.forEach((reason) -> before.put(reason, rejected(reason)));

		forged.values().forEach(this::send);
		send(withoutReservation);

		List<String> expected = new java.util.ArrayList<>(
				forged.values().stream().map(StockUpdated::getEventId).toList());
		expected.add(withoutReservation.getEventId());
		awaitDeadLetters(expected);
		assertThat(stockOf(product)).isEqualTo(8);
		assertThat(expected).allMatch((id) -> processedAtAll(id) == 0);
		assertThat(rejected("unknown_reservation")).isEqualTo(before.get("unknown_reservation") + 2);
		List.of("quantity_mismatch", "out_of_range", "invalid_event")
			.forEach((reason) -> assertThat(rejected(reason)).as(reason).isEqualTo(before.get(reason) + 1));
		// The genuine settlement still applies.
		String genuine = UUID.randomUUID().toString();
		send(event(genuine, product, 2, "increase", reservation));
		await().atMost(Duration.ofSeconds(20)).until(() -> processed(genuine) == 1);
		assertThat(stockOf(product)).isEqualTo(10);
	}

	@Test
	void anEventOfAnotherTypeOnStockEventsIsDeadLettered() {
		double before = rejected("unexpected_event_type");
		String eventId = UUID.randomUUID().toString();

		this.kafka
			.send(Topics.STOCK_EVENTS, "x",
					BasketCleared.newBuilder()
						.setEventId(eventId)
						.setEventType(EventCatalog.BASKET_CLEARED.type())
						.setUserId("victim")
						.setPaymentId("p")
						.build())
			.join();

		awaitDeadLetters(List.of(eventId));
		await().atMost(Duration.ofSeconds(10)).until(() -> rejected("unexpected_event_type") == before + 1);
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
		assertThat(List.of(outcomeOf(first), outcomeOf(second))).containsExactlyInAnyOrder("RETURNED_TO_STOCK",
				"ALREADY_SETTLED");
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
