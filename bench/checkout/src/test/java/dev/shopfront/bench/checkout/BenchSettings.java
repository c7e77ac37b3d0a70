package dev.shopfront.bench.checkout;

import java.util.Map;

/**
 * What a run measures and for how long, from the environment that {@code run.sh} sets
 * (the Gatling JVM inherits it). {@code SMOKE=1} shortens every phase to seconds, to
 * prove the bench works; each figure can be set on its own as well.
 *
 * @param gatewayUrl the gateway (its routes under {@code /api})
 * @param productUrl the product service, or empty when only the gateway is reachable
 * @param basketUrl the basket service, or empty
 * @param paymentUrl the payment service, or empty
 * @param notificationUrl the notification service (only its {@code /metrics} is read), or
 * empty
 * @param adminToken the gateway's admin token (its {@code /metrics})
 * @param controlUrl BenchSystem's control endpoint (Kafka stop/start), or empty
 * @param warmupRate the warm-up's arrival rate, checkouts/s (not measured: the JIT and
 * the pools warm up)
 * @param warmupSeconds how long the warm-up may last at most: it stops once steady
 * ({@link Warmup})
 * @param warmupWindow the warm-up's window, seconds: two in a row must agree
 * @param warmupTolerance how far (percent) two windows' checkout medians may differ
 * @param warmupMin how long the warm-up lasts at least, seconds
 * @param warmupJit the most JIT compilation (seconds per second, over every JVM whose
 * metrics are read) in each of those two windows
 * @param rampFrom the capacity ramp's first arrival rate, checkouts/s
 * @param rampStep how much each level adds, checkouts/s
 * @param rampLevels how many levels
 * @param levelSeconds how long each level lasts
 * @param steadyRate the steady load, checkouts/s
 * @param steadySeconds how long the steady load lasts
 * @param k6Users the k6 scenario's virtual users
 * @param k6Seconds how long each k6 user loops
 * @param faultSeconds how long the steady load of the Kafka-outage run lasts
 * @param kafkaDownAt when Kafka stops, seconds into the outage run
 * @param kafkaDownFor how long Kafka stays stopped
 * @param settleSeconds how long the invariants may take to reach 0 after the load
 * @param resultsFile where the printed figures are also written, or empty
 */
record BenchSettings(String gatewayUrl, String productUrl, String basketUrl, String paymentUrl, String notificationUrl,
		String adminToken, String controlUrl, int warmupRate, int warmupSeconds, int warmupWindow, int warmupTolerance,
		int warmupMin, double warmupJit, int rampFrom, int rampStep, int rampLevels, int levelSeconds, int steadyRate,
		int steadySeconds, int k6Users, int k6Seconds, int faultSeconds, int kafkaDownAt, int kafkaDownFor,
		int settleSeconds, String resultsFile) {

	/** A share of checkouts paid with a card the simulated provider declines. */
	static final double DECLINED_SHARE = 0.10;

	/** A share of completed checkouts refunded straight away. */
	static final double REFUNDED_SHARE = 0.10;

	/**
	 * A share of checkouts that want the scarce product, which sells out during the run.
	 */
	static final double SCARCE_SHARE = 0.05;

	static BenchSettings fromEnvironment() {
		return from(System.getenv());
	}

	static BenchSettings from(Map<String, String> env) {
		boolean smoke = "1".equals(env.get("SMOKE"));
		String gateway = env.get("BENCH_GATEWAY_URL");
		if (gateway == null || gateway.isBlank()) {
			throw new IllegalStateException("BENCH_GATEWAY_URL is not set: run bench/checkout/run.sh");
		}
		return new BenchSettings(trim(gateway), trim(env.getOrDefault("BENCH_PRODUCT_URL", "")),
				trim(env.getOrDefault("BENCH_BASKET_URL", "")), trim(env.getOrDefault("BENCH_PAYMENT_URL", "")),
				trim(env.getOrDefault("BENCH_NOTIFICATION_URL", "")), env.getOrDefault("BENCH_ADMIN_TOKEN", ""),
				trim(env.getOrDefault("BENCH_CONTROL_URL", "")), number(env, "WARMUP_RATE", 10),
				number(env, "WARMUP_SECONDS", smoke ? 5 : 600), number(env, "WARMUP_WINDOW", smoke ? 2 : 10),
				number(env, "WARMUP_TOLERANCE", 10), number(env, "WARMUP_MIN", smoke ? 0 : 60),
				decimal(env, "WARMUP_JIT", smoke ? Double.POSITIVE_INFINITY : 0.25), number(env, "RAMP_FROM", 10),
				number(env, "RAMP_STEP", 10), number(env, "RAMP_LEVELS", smoke ? 2 : 20),
				number(env, "LEVEL_SECONDS", smoke ? 4 : 10), number(env, "STEADY_RATE", smoke ? 10 : 50),
				number(env, "STEADY_SECONDS", smoke ? 5 : 60), number(env, "K6_USERS", smoke ? 20 : 200),
				number(env, "K6_SECONDS", smoke ? 5 : 60), number(env, "FAULT_SECONDS", smoke ? 25 : 90),
				number(env, "KAFKA_DOWN_AT", smoke ? 5 : 15), number(env, "KAFKA_DOWN_FOR", smoke ? 10 : 30),
				number(env, "SETTLE_SECONDS", smoke ? 60 : 180), env.getOrDefault("BENCH_RESULTS_FILE", ""));
	}

	/** Whether the services can be reached without the gateway. */
	boolean direct() {
		return !this.productUrl.isEmpty() && !this.basketUrl.isEmpty() && !this.paymentUrl.isEmpty();
	}

	private static int number(Map<String, String> env, String name, int fallback) {
		String value = env.get(name);
		return (value == null || value.isBlank()) ? fallback : Integer.parseInt(value.trim());
	}

	private static double decimal(Map<String, String> env, String name, double fallback) {
		String value = env.get(name);
		return (value == null || value.isBlank()) ? fallback : Double.parseDouble(value.trim());
	}

	private static String trim(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
