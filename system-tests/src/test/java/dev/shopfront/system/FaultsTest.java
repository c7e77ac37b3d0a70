package dev.shopfront.system;

import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops parts of the running system. Runs last: it leaves everything running again, but a
 * failure here could leave a part down.
 */
@Order(4)
class FaultsTest {

	private final SystemUnderTest system = SystemUnderTest.get();

	private final Shop shop = new Shop(this.system.gateway());

	@Test
	void withTheProductServiceDownTheGatewayFailsFastAndBasketsCanStillBeRead() throws Exception {
		long mug = this.shop.createProduct("Mug", "8.00", 20);
		String user = Shop.newUser();
		assertThat(this.shop.addToBasket(user, mug, 1).status()).isEqualTo(200);

		this.system.stopProductService();
		try (Scenario outage = this.system.record("product-service-outage",
				"Product service outage: reads fail fast, baskets stay readable")) {
			Api.Reply down = this.system.gateway().get("/api/products/" + mug);
			assertThat(down.status()).as("%s", down).isEqualTo(503);
			assertThat(down.contentType()).startsWith("application/problem+json");
			assertThat(down.took()).isLessThan(Duration.ofSeconds(3));
			assertThat(this.shop.basketOf(user).path("items").get(0).path("product_id").asLong()).isEqualTo(mug);
			Api.Reply cannotPrice = this.shop.addToBasket(user, mug, 1);
			assertThat(cannotPrice.status()).as("%s", cannotPrice).isEqualTo(503);
			assertThat(cannotPrice.took()).isLessThan(Duration.ofSeconds(5));
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
				assertThat(outage.spans()).as("no product instance answers")
					.noneMatch((span) -> span.service().equals("product-service"));
				assertThat(outage.spans()).as("the basket's call to price the item fails")
					.anyMatch((span) -> span.service().equals("basket-service") && span.kind().equals("CLIENT")
							&& "ProductService".equals(lastSegment(span.attributes().get("rpc.service")))
							&& !"OK".equals(span.attributes().get("grpc.status_code")));
				assertThat(outage.spans()).as("the gateway answers 503 itself")
					.anyMatch((span) -> span.service().equals("gateway") && span.kind().equals("SERVER")
							&& "503".equals(span.attributes().get("status")));
			});
		}
		finally {
			this.system.startProductService();
		}

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(this.shop.stockOf(mug)).isEqualTo(20);
			assertThat(this.shop.addToBasket(user, mug, 1).status()).isEqualTo(200);
		});
		String paymentId = this.shop.checkoutOk(user, "credit_card");
		assertThat(this.shop.process(paymentId).text("status")).isEqualTo("completed");
	}

	@Test
	void withKafkaDownPaymentsStillCompleteAndEveryEventArrivesWhenItReturns() {
		long book = this.shop.createProduct("Book", "15.00", 6);
		String user = Shop.newUser();
		assertThat(this.shop.addToBasket(user, book, 2).status()).isEqualTo(200);
		String paymentId = this.shop.checkoutOk(user, "credit_card");

		try (Scenario outage = this.system.record("kafka-outage",
				"Kafka outage: payments complete, events follow when Kafka returns")) {
			this.system.kafka().stop();
			try {
				Api.Reply processed = this.shop.process(paymentId);
				assertThat(processed.text("status")).as("%s", processed).isEqualTo("completed");
				assertThat(this.shop.itemsInBasket(user)).as("basket.cleared cannot travel yet").isEqualTo(1);
				assertThat(this.shop.paymentNotices(user, paymentId)).as("payment.completed cannot travel yet")
					.isEmpty();
			}
			finally {
				this.system.kafka().start();
			}

			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				assertThat(this.shop.itemsInBasket(user)).isZero();
				assertThat(PaymentEvents.typesFor(this.system.kafka().bootstrapServers(), paymentId))
					.containsExactly("payment.completed");
				assertThat(this.shop.paymentNotices(user, paymentId)).containsExactly("Payment received");
			});
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(this.shop.stockOf(book)).isEqualTo(4));
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(outage.consumed()).as("the events sent after the outage")
					.containsExactly("basket-service <- basket-events", "notification-service <- payment-events",
							"product-service <- stock-events"));
			CheckoutTest.assertOneTraceFromTheGateway(outage);
		}
	}

	private static String lastSegment(String name) {
		return (name != null) ? name.substring(name.lastIndexOf('.') + 1) : "";
	}

}
