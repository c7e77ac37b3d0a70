package dev.shopfront.bench.checkout;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHere;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The shoppers' journeys as Gatling scenarios. Each request is timed and its status kept
 * in the phase's record ({@link Phase}); a checkout stops at its first unexpected answer
 * and counts as an error.
 */
final class Journeys {

	private Journeys() {
	}

	/**
	 * One checkout per arrival: browse the run's category, look at a product, put 1-3
	 * products in the basket, create the payment with an Idempotency-Key, process it; a
	 * share pays with a declined card, a share of the paid ones is refunded. The scarce
	 * product may be sold out (409): that checkout goes on without it, or ends as
	 * {@code SOLD_OUT} when its basket stays empty or the reservation loses the race.
	 */
	static ScenarioBuilder checkout(String name, Target target, Catalogue catalogue, Phase phase) {
		ChainBuilder addItems = exec(session -> session.set("added", 0))
			.foreach(session -> session.getList("items"), "item")
			.on(exec(session -> session.set("scarceItem", session.getLong("item") == catalogue.scarce()))
				.doIfOrElse(session -> session.getBoolean("scarceItem"))
				.then(step(phase, "add item",
						addItem(target).check(status().saveAs("status")).check(status().in(200, 201, 409)), 409))
				.orElse(step(phase, "add item",
						addItem(target).check(status().saveAs("status")).check(status().in(200, 201)))));
		return scenario(name).exec(session -> {
			if (!phase.admit()) {
				return session.set("skip", true);
			}
			String user = "bench-" + UUID.randomUUID();
			phase.user(user);
			ThreadLocalRandom random = ThreadLocalRandom.current();
			List<Long> items = catalogue.basket();
			return session.set("skip", false)
				.set("user", user)
				.set("items", items)
				.set("first", items.get(0))
				.set("key", UUID.randomUUID().toString())
				.set("method", (random.nextDouble() < BenchSettings.DECLINED_SHARE) ? "declined_card" : "credit_card")
				.set("refund", random.nextDouble() < BenchSettings.REFUNDED_SHARE)
				.set("soldOut", false)
				.set("checkoutStart", phase.checkoutStarted());
		})
			.doIf(session -> session.getBoolean("skip"))
			.then(exitHere())
			.exec(step(phase, "browse",
					http(target.name() + " browse")
						.get(target.products() + "/products?category=" + catalogue.category() + "&size=20")
						.check(status().saveAs("status"))
						.check(status().is(200))))
			.exec(step(phase, "get product",
					http(target.name() + " get product")
						.get(session -> target.products() + "/products/" + session.getLong("first"))
						.check(status().saveAs("status"))
						.check(status().is(200))))
			.exec(addItems)
			.doIf(session -> session.getInt("added") == 0)
			.then(exec(session -> {
				phase.checkoutEnded(session.getLong("checkoutStart"), Phase.Outcome.SOLD_OUT);
				return session;
			}).exitHere())
			.exec(step(phase, "create payment", http(target.name() + " create payment")
				.post(target.payments() + "/payments")
				.header("Idempotency-Key", "#{key}")
				.body(StringBody(
						"{\"user_id\":\"#{user}\",\"currency\":\"EUR\",\"method\":\"#{method}\",\"provider\":\"simulated\"}"))
				.asJson()
				.check(status().saveAs("status"))
				.check(status().in(201, 409))
				.check(jsonPath("$.id").optional().saveAs("paymentId")), 409))
			.doIf(session -> !session.contains("paymentId"))
			.then(exec(session -> {
				phase.checkoutEnded(session.getLong("checkoutStart"), Phase.Outcome.SOLD_OUT);
				return session;
			}).exitHere())
			.exec(step(phase, "process payment",
					http(target.name() + " process payment").post(target.payments() + "/payments/#{paymentId}/process")
						.body(StringBody("{}"))
						.asJson()
						.check(status().saveAs("status"))
						.check(status().is(200))
						.check(jsonPath("$.status").saveAs("paymentStatus"))))
			.doIf(session -> "completed".equals(session.getString("paymentStatus")) && session.getBoolean("refund"))
			.then(exec(step(phase, "refund payment",
					http(target.name() + " refund payment").post(target.payments() + "/payments/#{paymentId}/refund")
						.body(StringBody("{}"))
						.asJson()
						.check(status().saveAs("status"))
						.check(status().is(200))
						.check(jsonPath("$.status").is("refunded")))))
			.exec(session -> {
				phase.checkoutEnded(session.getLong("checkoutStart"), outcome(session));
				return session;
			});
	}

	/**
	 * The spec's k6 load test, ported: each virtual user loops for {@code seconds} over
	 * list products, get one, get the basket, add an item, create a payment, health and
	 * metrics, then pauses 1 s. A loop is a new shopper (as each k6 iteration was), so a
	 * basket holds one item and every payment stays pending, as in the original.
	 */
	static ScenarioBuilder k6(String name, BenchSettings settings, Target target, List<Long> products, Phase phase) {
		// exitASAP false: a loop under way when the time is up finishes, as a k6
		// iteration does.
		return scenario(name).during(java.time.Duration.ofSeconds(settings.k6Seconds()), false).on(exec(session -> {
			phase.admit();
			String user = "k6-" + UUID.randomUUID();
			return session.set("user", user)
				.set("item", products.get(ThreadLocalRandom.current().nextInt(products.size())))
				.set("scarceItem", false)
				.set("key", UUID.randomUUID().toString())
				.set("checkoutStart", phase.checkoutStarted());
		}).exec(k6Step(phase, "list products", http("k6 list products").get(target.products() + "/products")))
			.exec(k6Step(phase, "get product", http("k6 get product").get(target.products() + "/products/#{item}")))
			.exec(k6Step(phase, "get basket", http("k6 get basket").get(target.baskets() + "/baskets/#{user}")))
			.exec(k6Step(phase, "add item",
					http("k6 add item").post(target.baskets() + "/baskets/#{user}/items")
						.body(StringBody("{\"product_id\":#{item},\"quantity\":1}"))
						.asJson()))
			.exec(k6Step(phase, "create payment", http("k6 create payment").post(target.payments() + "/payments")
				.header("Idempotency-Key", "#{key}")
				.body(StringBody(
						"{\"user_id\":\"#{user}\",\"currency\":\"EUR\",\"method\":\"credit_card\",\"provider\":\"simulated\"}"))
				.asJson()))
			.exec(k6Step(phase, "health", http("k6 health").get(settings.gatewayUrl() + "/health")))
			.exec(k6Step(phase, "metrics",
					http("k6 metrics").get(settings.gatewayUrl() + "/metrics")
						.header("Authorization", "Bearer " + settings.adminToken())
						.header("Accept", "text/plain")))
			.exec(session -> {
				phase.checkoutEnded(session.getLong("checkoutStart"),
						session.isFailed() ? Phase.Outcome.ERROR : Phase.Outcome.COMPLETED);
				return session.markAsSucceeded();
			})
			.pause(java.time.Duration.ofSeconds(1)));
	}

	/** A k6 step: a failure is counted and the loop goes on, as k6 does. */
	private static ChainBuilder k6Step(Phase phase, String step, HttpRequestActionBuilder request) {
		return exec(session -> session.remove("status").set("stepStart", System.nanoTime()))
			.exec(request.check(status().saveAs("status")).check(status().in(200, 201)))
			.exec(session -> {
				int status = session.contains("status") ? session.getInt("status") : 0;
				phase.request(step, session.getLong("stepStart"), status, status == 200 || status == 201);
				return session;
			});
	}

	private static Phase.Outcome outcome(Session session) {
		String status = session.getString("paymentStatus");
		boolean declinedCard = "declined_card".equals(session.getString("method"));
		if ("completed".equals(status) && !declinedCard) {
			return session.getBoolean("refund") ? Phase.Outcome.REFUNDED : Phase.Outcome.COMPLETED;
		}
		if ("failed".equals(status) && declinedCard) {
			return Phase.Outcome.DECLINED;
		}
		return Phase.Outcome.ERROR;
	}

	private static HttpRequestActionBuilder addItem(Target target) {
		return http(target.name() + " add item").post(target.baskets() + "/baskets/#{user}/items")
			.body(StringBody(session -> "{\"product_id\":%d,\"quantity\":%d}".formatted(session.getLong("item"),
					session.getBoolean("scarceItem") ? 1 : 1 + ThreadLocalRandom.current().nextInt(2))))
			.asJson();
	}

	/**
	 * A request whose time and status go to the phase. {@code soldOut} is the status that
	 * means the scarce product is gone (it is no error); 0 when none is expected.
	 */
	private static ChainBuilder step(Phase phase, String step, HttpRequestActionBuilder request, int soldOut) {
		return exec(session -> session.remove("status").set("stepStart", System.nanoTime())).exec(request)
			.exec(session -> {
				int status = session.contains("status") ? session.getInt("status") : 0;
				boolean ok = !session.isFailed();
				phase.request(step, session.getLong("stepStart"), status, ok);
				if (!ok) {
					phase.checkoutEnded(session.getLong("checkoutStart"), Phase.Outcome.ERROR);
					return session;
				}
				if (soldOut != 0 && status == soldOut) {
					return session.set("soldOut", true);
				}
				if ("add item".equals(step)) {
					return session.set("added", session.getInt("added") + 1);
				}
				return session;
			})
			.exitHereIfFailed();
	}

	private static ChainBuilder step(Phase phase, String step, HttpRequestActionBuilder request) {
		return step(phase, step, request, 0);
	}

}
