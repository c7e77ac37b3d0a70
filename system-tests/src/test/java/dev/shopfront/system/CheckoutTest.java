package dev.shopfront.system;

import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Order(1)
class CheckoutTest {

	/** How soon the buyer hears about their payment (issue 17). */
	private static final Duration NOTICE_WITHIN = Duration.ofSeconds(5);

	private final SystemUnderTest system = SystemUnderTest.get();

	private final Shop shop = new Shop(this.system.gateway());

	@Test
	void aPaidBasketLowersStockAndEmptiesTheBasketAndARefundRestocks() {
		long cup = this.shop.createProduct("Cup", "19.99", 10);
		long pen = this.shop.createProduct("Pen", "2.50", 5);
		String user = Shop.newUser();
		String paymentId;
		try (Scenario checkout = this.system.record("checkout", "Checkout: a basket is paid")) {
			assertThat(this.shop.addToBasket(user, cup, 3).status()).isEqualTo(200);
			assertThat(this.shop.addToBasket(user, pen, 2).status()).isEqualTo(200);

			paymentId = this.shop.checkoutOk(user, "credit_card");
			assertThat(Shop.amountOf(this.shop.payment(paymentId))).isEqualByComparingTo("64.97");
			Api.Reply processed = this.shop.process(paymentId);
			assertThat(processed.text("status")).as("%s", processed).isEqualTo("completed");
			await().atMost(NOTICE_WITHIN)
				.untilAsserted(() -> assertThat(this.shop.paymentNotices(user, paymentId))
					.containsExactly("Payment received"));
			// Listed once recorded (pending), unread once sent: the same row a moment
			// later.
			await().atMost(NOTICE_WITHIN)
				.untilAsserted(
						() -> assertThat(this.shop.unreadNotifications(user).path("count").asInt()).isEqualTo(1));

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(this.shop.stockOf(cup)).isEqualTo(7);
				assertThat(this.shop.stockOf(pen)).isEqualTo(3);
				assertThat(this.shop.itemsInBasket(user)).isZero();
			});
			await().atMost(NOTICE_WITHIN)
				.untilAsserted(() -> assertThat(checkout.consumed()).containsExactly("basket-service <- basket-events",
						"notification-service <- payment-events", "product-service <- stock-events"));
			assertThat(checkout.grpcPaths()).contains("gateway > basket-service > product-service GetProduct",
					"gateway > payment-service > basket-service GetBasket",
					"gateway > payment-service > product-service ReserveStock");
			assertOneTraceFromTheGateway(checkout);
		}

		try (Scenario refund = this.system.record("refund", "Refund: a paid payment is refunded and restocked")) {
			Api.Reply refunded = this.shop.refund(paymentId);
			assertThat(refunded.text("status")).as("%s", refunded).isEqualTo("refunded");
			await().atMost(NOTICE_WITHIN)
				.untilAsserted(() -> assertThat(this.shop.paymentNotices(user, paymentId))
					.containsExactly("Payment received", "Payment refunded"));
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(this.shop.stockOf(cup)).isEqualTo(10);
				assertThat(this.shop.stockOf(pen)).isEqualTo(5);
			});
			assertThat(PaymentEvents.typesFor(this.system.kafka().bootstrapServers(), paymentId))
				.containsExactly("payment.completed", "payment.refunded");
			await().atMost(NOTICE_WITHIN)
				.untilAsserted(() -> assertThat(refund.consumed())
					.containsExactly("notification-service <- payment-events", "product-service <- stock-events"));
			assertOneTraceFromTheGateway(refund);
		}
	}

	@Test
	void aDeclinedPaymentFailsAndLeavesStockAndBasketAsTheyWere() {
		long lamp = this.shop.createProduct("Lamp", "49.00", 4);
		String user = Shop.newUser();
		assertThat(this.shop.addToBasket(user, lamp, 2).status()).isEqualTo(200);
		try (Scenario declined = this.system.record("declined-payment", "Declined payment: the card is refused")) {

			String paymentId = this.shop.checkoutOk(user, "declined_card");
			Api.Reply processed = this.shop.process(paymentId);
			assertThat(processed.text("status")).as("%s", processed).isEqualTo("failed");
			await().atMost(NOTICE_WITHIN)
				.untilAsserted(
						() -> assertThat(this.shop.paymentNotices(user, paymentId)).containsExactly("Payment failed"));
			await().atMost(NOTICE_WITHIN)
				.untilAsserted(() -> assertThat(
						this.shop.unreadNotifications(user).path("items").path(0).path("priority").asString())
					.isEqualTo("high"));

			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(
						() -> assertThat(PaymentEvents.typesFor(this.system.kafka().bootstrapServers(), paymentId))
							.containsExactly("payment.failed"));
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(this.shop.stockOf(lamp)).isEqualTo(4));
			assertThat(this.shop.basketOf(user).path("items").get(0).path("quantity").asInt()).isEqualTo(2);
			await().atMost(NOTICE_WITHIN)
				.untilAsserted(() -> assertThat(declined.consumed()).as("the basket is kept: no basket event")
					.containsExactly("notification-service <- payment-events", "product-service <- stock-events"));
			assertOneTraceFromTheGateway(declined);
		}
	}

	/**
	 * Every span of the scenario hangs under a request the gateway received: the Kafka
	 * consumers' spans too, through the outbox and the events' headers.
	 */
	static void assertOneTraceFromTheGateway(Scenario scenario) {
		scenario.settled();
		assertThat(scenario.roots()).isNotEmpty()
			.allSatisfy((root) -> assertThat(root.service() + " " + root.kind()).isEqualTo("gateway SERVER"));
		assertThat(scenario.spans()).filteredOn((span) -> span.kind().equals("CONSUMER"))
			.isNotEmpty()
			.allSatisfy((consumer) -> assertThat(scenario.pathOf(consumer)).startsWith("gateway > payment-service > "));
	}

	@Test
	void badInputThroughTheGatewayIsAClearClientError() {
		Api.Reply malformed = this.system.gateway().post("/api/products", "{\"name\":");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		Api.Reply emptyBasket = this.shop.checkout(Shop.newUser(), "credit_card");
		assertThat(emptyBasket.status()).as("%s", emptyBasket).isEqualTo(422);
	}

}
