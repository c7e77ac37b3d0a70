package dev.shopfront.bench.checkout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The three invariants, checked through the APIs once the load has ended:
 * <ul>
 * <li>units oversold: per product of the run, units held by payments that keep them
 * (completed, or still pending/processing) beyond its starting stock, plus any negative
 * stock; its companion, stock drift, is how far each stock is from starting stock minus
 * those units;</li>
 * <li>stock.updated not applied: lines of completed (also later refunded) payments minus
 * the reservations product settled from stock-events (its
 * {@code stock_updates_total{outcome="settled_by_reservation"}} since the run
 * began);</li>
 * <li>baskets not cleared: completed (also later refunded) payments whose shopper's
 * basket still holds items.</li>
 * </ul>
 * Payments are read once per shopper ({@code /users/{id}/payments}, so a payment whose
 * creation answer never reached the bench still counts; their states are final after the
 * load); stock, metrics and baskets are read again until every figure is 0 and the outbox
 * is empty, or the time is up.
 */
final class Invariants {

	private static final Set<String> HOLDING = Set.of("completed", "pending", "processing");

	private static final Set<String> PAID = Set.of("completed", "refunded");

	private final Api api;

	private final BenchSettings settings;

	private final Catalogue catalogue;

	private final double settledBefore;

	Invariants(Api api, BenchSettings settings, Catalogue catalogue) {
		this.api = api;
		this.settings = settings;
		this.catalogue = catalogue;
		this.settledBefore = settled();
	}

	record Result(long oversold, long drift, long notApplied, long paidLines, long notCleared, long paid, long open,
			double outboxBacklog, long seconds) {

		boolean zero() {
			return this.oversold == 0 && this.drift == 0 && this.notApplied == 0 && this.notCleared == 0
					&& this.outboxBacklog == 0;
		}

		String text() {
			return """
					units oversold                                   %d   (stock drift %d units)
					completed payments' stock.updated not applied    %d of %d lines
					baskets of completed payments not cleared        %d of %d
					payments left pending/processing                 %d   (outbox backlog %s)
					invariants %s after %d s""".formatted(this.oversold, this.drift, this.notApplied, this.paidLines,
					this.notCleared, this.paid, this.open, (this.outboxBacklog < 0) ? "n/a" : (long) this.outboxBacklog,
					zero() ? "all 0" : "NOT 0", this.seconds);
		}

	}

	private record PaymentState(String userId, String status, Map<Long, Integer> lines) {
	}

	/** Checks until every figure is 0 or {@code settleSeconds} have passed. */
	Result await(List<String> users) throws InterruptedException {
		long started = System.nanoTime();
		List<PaymentState> states = new ArrayList<>();
		read(users, (user) -> {
			JsonNode page = this.api.get(paymentsBase() + "/users/" + user + "/payments?size=100").json();
			List<PaymentState> ofUser = new ArrayList<>();
			for (JsonNode view : page.path("items")) {
				Map<Long, Integer> lines = new HashMap<>();
				view.path("items")
					.forEach((item) -> lines.merge(item.path("product_id").asLong(), item.path("quantity").asInt(),
							Integer::sum));
				ofUser.add(new PaymentState(user, view.path("status").asText(), lines));
			}
			return ofUser;
		}).forEach(states::addAll);
		Set<String> uncleared = ConcurrentHashMap.newKeySet();
		states.stream()
			.filter((state) -> PAID.contains(state.status()))
			.forEach((state) -> uncleared.add(state.userId()));
		long paid = uncleared.size();
		Result result;
		do {
			List<String> stillFull = read(List.copyOf(uncleared), (user) -> {
				JsonNode basket = this.api.get(basketsBase() + "/baskets/" + user).json();
				return basket.path("items").isEmpty() ? null : user;
			});
			uncleared.retainAll(stillFull);
			result = measure(states, uncleared.size(), paid, (System.nanoTime() - started) / 1_000_000_000);
			if (result.zero()) {
				return result;
			}
			Thread.sleep(1000);
		}
		while (System.nanoTime() - started < this.settings.settleSeconds() * 1_000_000_000L);
		return result;
	}

	private Result measure(List<PaymentState> states, long notCleared, long paid, long seconds) {
		Map<Long, Integer> held = new HashMap<>();
		long paidLines = 0;
		long open = 0;
		for (PaymentState state : states) {
			if (HOLDING.contains(state.status())) {
				state.lines().forEach((product, quantity) -> held.merge(product, quantity, Integer::sum));
			}
			if (PAID.contains(state.status())) {
				paidLines += state.lines().size();
			}
			if (!PAID.contains(state.status()) && HOLDING.contains(state.status())) {
				open++;
			}
		}
		long oversold = 0;
		long drift = 0;
		for (Map.Entry<Long, Integer> product : this.catalogue.initialStock().entrySet()) {
			int stock = this.api.get(productsBase() + "/products/" + product.getKey())
				.json()
				.path("stock_quantity")
				.asInt();
			int units = held.getOrDefault(product.getKey(), 0);
			oversold += Math.max(0, units - product.getValue()) + Math.max(0, -stock);
			drift += Math.abs(product.getValue() - stock - units);
		}
		long notApplied = Math.max(0, paidLines - Math.round(settled() - this.settledBefore));
		return new Result(oversold, drift, notApplied, paidLines, notCleared, paid, open, outboxBacklog(), seconds);
	}

	/**
	 * The payment service's unpublished outbox rows, or -1 when it is not reachable
	 * directly.
	 */
	double outboxBacklog() {
		if (this.settings.paymentUrl().isEmpty()) {
			return -1;
		}
		Api.Reply page = this.api.get(this.settings.paymentUrl() + "/metrics");
		return (page.status() == 200) ? Api.metric(page.text(), "outbox_backlog", "") : -1;
	}

	private double settled() {
		String url = this.settings.productUrl().isEmpty() ? this.settings.gatewayUrl() + "/metrics"
				: this.settings.productUrl() + "/metrics";
		Api.Reply page = this.api.get(url, this.settings.productUrl().isEmpty() ? this.settings.adminToken() : null);
		return Api.metric(page.text(), "stock_updates_total", "outcome=\"settled_by_reservation\"");
	}

	private String productsBase() {
		return this.settings.productUrl().isEmpty() ? this.settings.gatewayUrl() + "/api" : this.settings.productUrl();
	}

	private String basketsBase() {
		return this.settings.basketUrl().isEmpty() ? this.settings.gatewayUrl() + "/api" : this.settings.basketUrl();
	}

	private String paymentsBase() {
		return this.settings.paymentUrl().isEmpty() ? this.settings.gatewayUrl() + "/api" : this.settings.paymentUrl();
	}

	/** Reads in parallel (8 at a time), keeping the non-null answers. */
	private static <T, R> List<R> read(List<T> inputs, Function<T, R> reader) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<R>> futures = new ArrayList<>();
			inputs.forEach((input) -> futures.add(pool.submit(() -> reader.apply(input))));
			List<R> results = new ArrayList<>();
			for (Future<R> future : futures) {
				try {
					R result = future.get();
					if (result != null) {
						results.add(result);
					}
				}
				catch (java.util.concurrent.ExecutionException ex) {
					throw new IllegalStateException("Reading for the invariants failed", ex.getCause());
				}
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
