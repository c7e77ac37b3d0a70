package dev.shopfront.basket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.protobuf.Message;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import dev.shopfront.localstack.LocalStack;
import dev.shopfront.platform.grpc.auth.TokenClientInterceptor;
import dev.shopfront.proto.basket.v1.BasketServiceGrpc;
import dev.shopfront.proto.basket.v1.GetBasketRequest;
import dev.shopfront.proto.events.EventCatalog;
import dev.shopfront.proto.events.Topics;
import dev.shopfront.proto.events.v1.BasketCleared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BasketEventsTest extends BasketServiceIntegrationTest {

	@Autowired
	private KafkaTemplate<String, Message> kafka;

	@Autowired
	private GrpcPort grpcPort;

	@Autowired
	private TokenClientInterceptor serviceToken;

	@Autowired
	private MeterRegistry meters;

	/** Reads the basket over gRPC as the payment service does when it checks it out. */
	private void checkOut(String paymentId, String user) {
		ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", this.grpcPort.port.get())
			.usePlaintext()
			.intercept(this.serviceToken)
			.build();
		try {
			BasketServiceGrpc.newBlockingStub(channel)
				.getBasket(GetBasketRequest.newBuilder().setUserId(user).setCheckoutId(paymentId).build());
		}
		finally {
			channel.shutdownNow();
		}
	}

	private double rejected(String reason) {
		Counter counter = this.meters.find("dead.letter.records")
			.tags("topic", Topics.BASKET_EVENTS, "reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static BasketCleared cleared(String user, String paymentId) {
		return BasketCleared.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setEventType(EventCatalog.BASKET_CLEARED.type())
			.setUserId(user)
			.setPaymentId(paymentId)
			.build();
	}

	/** Waits until basket-events-dlt holds a record for each of the event ids. */
	private static void awaitDeadLetters(List<String> eventIds) {
		try (KafkaConsumer<String, String> dlt = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.shared().kafka().bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			dlt.subscribe(List.of(Topics.BASKET_EVENTS + "-dlt"));
			StringBuilder seen = new StringBuilder();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				dlt.poll(Duration.ofMillis(300)).forEach((record) -> seen.append(record.value()).append('\n'));
				return eventIds.stream().allMatch((id) -> seen.indexOf(id) >= 0);
			});
		}
	}

	@Test
	void aBasketClearedOfAPaymentThatDidNotCheckOutTheBasketIsDeadLetteredAndChangesNothing() throws Exception {
		long cup = catalog.add("Cup", "7.50", "kitchen", 50);
		String victim = user();
		String buyer = user();
		add(victim, cup, 2);
		add(buyer, cup, 1);
		checkOut("pay-" + buyer, buyer);
		double before = rejected("unknown_checkout");
		BasketCleared madeUp = cleared(victim, "made-up-" + UUID.randomUUID());
		BasketCleared othersPayment = cleared(victim, "pay-" + buyer);
		BasketCleared noPayment = cleared(victim, "");

		this.kafka.send(Topics.BASKET_EVENTS, victim, madeUp).join();
		this.kafka.send(Topics.BASKET_EVENTS, victim, othersPayment).join();
		this.kafka.send(Topics.BASKET_EVENTS, victim, noPayment).join();

		awaitDeadLetters(List.of(madeUp.getEventId(), othersPayment.getEventId(), noPayment.getEventId()));
		assertThat(itemCount(victim)).isEqualTo(2);
		assertThat(itemCount(buyer)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> rejected("unknown_checkout") == before + 2);
		assertThat(rejected("invalid_event")).isGreaterThanOrEqualTo(1);

		// The buyer's own payment still clears the buyer's basket.
		this.kafka.send(Topics.BASKET_EVENTS, buyer, cleared(buyer, "pay-" + buyer)).join();
		await().atMost(Duration.ofSeconds(20)).until(() -> itemCount(buyer) == 0);
	}

	private void add(String user, long product, int quantity) throws Exception {
		this.mvc
			.perform(post("/baskets/{user}/items", user).contentType(MediaType.APPLICATION_JSON)
				.content("{\"product_id\": " + product + ", \"quantity\": " + quantity + "}"))
			.andExpect(status().isOk());
	}

	private int itemCount(String user) throws Exception {
		String body = this.mvc.perform(get("/baskets/{user}", user)).andReturn().getResponse().getContentAsString();
		return Integer.parseInt(body.replaceAll(".*\"item_count\":(\\d+).*", "$1"));
	}

	@Test
	void basketClearedDeliveredTwiceClearsOnceAndKeepsWhatCameAfter() throws Exception {
		long cup = catalog.add("Cup", "7.50", "kitchen", 50);
		String user = user();
		add(user, cup, 3);
		BasketCleared event = BasketCleared.newBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setEventType(EventCatalog.BASKET_CLEARED.type())
			.setUserId(user)
			.setPaymentId("pay-" + user)
			.build();
		checkOut("pay-" + user, user);

		this.kafka.send(Topics.BASKET_EVENTS, user, event).join();
		await().atMost(Duration.ofSeconds(20)).until(() -> itemCount(user) == 0);

		add(user, cup, 2);
		String other = user + "-x";
		add(other, cup, 1);
		this.kafka.send(Topics.BASKET_EVENTS, user, event).join();
		// Same record key, so same partition: once the marker is applied, the redelivery
		// was too.
		checkOut("pay-" + other, other);
		BasketCleared marker = event.toBuilder()
			.setEventId(UUID.randomUUID().toString())
			.setUserId(other)
			.setPaymentId("pay-" + other)
			.build();
		this.kafka.send(Topics.BASKET_EVENTS, user, marker).join();
		await().atMost(Duration.ofSeconds(20)).until(() -> itemCount(other) == 0);

		this.mvc.perform(get("/baskets/{user}", user)).andExpect(jsonPath("$.items[0].quantity").value(2));
	}

}
