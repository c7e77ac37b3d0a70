package dev.shopfront.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shop's public API through the gateway, in the words of a user journey.
 */
final class Shop {

	private final Api gateway;

	Shop(Api gateway) {
		this.gateway = gateway;
	}

	static String newUser() {
		return "user-" + UUID.randomUUID();
	}

	long createProduct(String name, String price, int stock) {
		Api.Reply created = this.gateway.post("/api/products", """
				{"name":"%s","description":"system test","price":%s,"stock_quantity":%d,"category":"system-test"}"""
			.formatted(name + " " + UUID.randomUUID(), price, stock));
		assertThat(created.status()).as("create product: %s", created).isEqualTo(201);
		return created.body().path("id").asLong();
	}

	int stockOf(long productId) {
		Api.Reply product = this.gateway.get("/api/products/" + productId);
		assertThat(product.status()).as("get product: %s", product).isEqualTo(200);
		return product.body().path("stock_quantity").asInt();
	}

	Api.Reply addToBasket(String user, long productId, int quantity) {
		return this.gateway.post("/api/baskets/" + user + "/items",
				"{\"product_id\":%d,\"quantity\":%d}".formatted(productId, quantity));
	}

	JsonNode basketOf(String user) {
		Api.Reply basket = this.gateway.get("/api/baskets/" + user);
		assertThat(basket.status()).as("get basket: %s", basket).isEqualTo(200);
		return basket.body();
	}

	int itemsInBasket(String user) {
		return basketOf(user).path("items").size();
	}

	/** POST /api/payments: reserves the basket's stock and records a pending payment. */
	Api.Reply checkout(String user, String method) {
		return this.gateway.post("/api/payments", """
				{"user_id":"%s","currency":"EUR","method":"%s","provider":"simulated"}""".formatted(user, method),
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
	}

	String checkoutOk(String user, String method) {
		Api.Reply payment = checkout(user, method);
		assertThat(payment.status()).as("create payment: %s", payment).isEqualTo(201);
		return payment.text("id");
	}

	Api.Reply process(String paymentId) {
		return this.gateway.post("/api/payments/" + paymentId + "/process", "{}");
	}

	Api.Reply refund(String paymentId) {
		return this.gateway.post("/api/payments/" + paymentId + "/refund", "{}");
	}

	Api.Reply payment(String paymentId) {
		return this.gateway.get("/api/payments/" + paymentId);
	}

	/**
	 * The titles of the user's notifications about one payment, oldest first, as the
	 * notification API lists them through the gateway.
	 */
	List<String> paymentNotices(String user, String paymentId) {
		Api.Reply page = this.gateway.get("/api/notifications?user_id=" + user + "&type=payment&size=100");
		assertThat(page.status()).as("list notifications: %s", page).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		for (JsonNode notification : page.body().path("items")) {
			if (paymentId.equals(notification.path("data").path("payment_id").asString())) {
				titles.add(0, notification.path("title").asString());
			}
		}
		return titles;
	}

	/** GET /api/notifications/unread for the user. */
	JsonNode unreadNotifications(String user) {
		Api.Reply unread = this.gateway.get("/api/notifications/unread?user_id=" + user);
		assertThat(unread.status()).as("unread notifications: %s", unread).isEqualTo(200);
		return unread.body();
	}

	static BigDecimal amountOf(Api.Reply payment) {
		return payment.body().path("amount").decimalValue();
	}

}
