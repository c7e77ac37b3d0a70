package dev.shopfront.bench.checkout;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.EngineLogging;
import dev.shopfront.localstack.system.Instance;
import dev.shopfront.localstack.system.Layout;
import dev.shopfront.localstack.system.Shopfront;
import dev.shopfront.localstack.system.ShopfrontSystem;

/**
 * The whole system for the checkout benchmark, started as {@code make run} starts it
 * (real engines, one JVM per application, the same environment) but on free ports, like
 * the system tests. Once every service is ready it writes the addresses to the file named
 * by its first argument (shell {@code KEY=value} lines that {@code run.sh} sources) and
 * serves a small control endpoint on loopback, so the Kafka-outage simulation can stop
 * and start the broker: {@code POST /kafka/stop}, {@code POST /kafka/start},
 * {@code POST /stop} (everything, in reverse order).
 */
public final class BenchSystem {

	/** The gateway's admin token in the benchmark system (it guards {@code /metrics}). */
	static final String ADMIN_TOKEN = "checkout-bench-admin";

	private final ShopfrontSystem system;

	private final CountDownLatch stop = new CountDownLatch(1);

	private BenchSystem(ShopfrontSystem system) {
		this.system = system;
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err.println("usage: BenchSystem <file to write the addresses to>");
			System.exit(2);
		}
		EngineLogging.quiet();
		Path root = Path.of(System.getProperty("shopfront.root", "../..")).toAbsolutePath().normalize();
		Path work = root.resolve("bench").resolve("checkout").resolve("target").resolve("system");
		deleteRecursively(work);
		Layout layout = new Layout(root, System.getProperty("shopfront.version", "0.1.0-SNAPSHOT"),
				work.resolve("data"), work.resolve("logs"), false, 1, overrides(), jvmOptions());
		ShopfrontSystem system = new ShopfrontSystem(layout);
		List<String> problems = system.preflight();
		if (!problems.isEmpty()) {
			System.err.println("Cannot start the system: " + problems);
			System.exit(1);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(system::close, "bench-system-stop"));
		BenchSystem bench = new BenchSystem(system);
		long started = System.nanoTime();
		try {
			for (Engine engine : Engine.values()) {
				system.startEngine(engine);
				System.out.printf("  %-20s up after %5.1f s%n", engine.name().toLowerCase(),
						(System.nanoTime() - started) / 1e9);
			}
			for (Instance instance : system.instances()) {
				system.start(instance);
				System.out.printf("  %-20s up after %5.1f s%n", instance.name(), (System.nanoTime() - started) / 1e9);
			}
		}
		catch (RuntimeException | IOException ex) {
			// Exit (the shutdown hook stops what did start): under exec:java the engines'
			// threads would otherwise keep Maven waiting.
			System.err.println("Start failed: " + ex.getMessage());
			System.exit(1);
		}
		HttpServer control = bench.control();
		Path addresses = Path.of(args[0]).toAbsolutePath();
		Files.writeString(addresses, bench.addresses(control.getAddress().getPort()));
		System.out.printf("system up in %.1f s (logs in %s)%n", (System.nanoTime() - started) / 1e9,
				root.relativize(work.resolve("logs")));
		bench.stop.await();
		control.stop(0);
		System.exit(0);
	}

	/**
	 * What differs from {@code make run}: a rate limit the benchmark never reaches (it
	 * measures the shop, not the limiter), and an admin token for the gateway's metrics.
	 */
	private static Map<String, String> overrides() {
		return Map.of("RATE_LIMIT_REQUESTS", "100000000", "RATE_LIMIT_BURST", "100000000", "ADMIN_TOKEN", ADMIN_TOKEN);
	}

	/** BENCH_JVM_OPTS, else the measured-run flags (no C1-only start-up flag). */
	private static List<String> jvmOptions() {
		String options = System.getenv("BENCH_JVM_OPTS");
		if (options == null || options.isBlank()) {
			return Layout.MEASURED_JVM_OPTIONS;
		}
		return List.of(options.trim().split("\\s+"));
	}

	private String addresses(int controlPort) {
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put("BENCH_GATEWAY_URL", this.system.instance(Shopfront.GATEWAY).url());
		lines.put("BENCH_PRODUCT_URL", this.system.instance(Shopfront.PRODUCT).url());
		lines.put("BENCH_BASKET_URL", this.system.instance(Shopfront.BASKET).url());
		lines.put("BENCH_PAYMENT_URL", this.system.instance(Shopfront.PAYMENT).url());
		lines.put("BENCH_NOTIFICATION_URL", this.system.instance(Shopfront.NOTIFICATION).url());
		lines.put("BENCH_ADMIN_TOKEN", ADMIN_TOKEN);
		lines.put("BENCH_CONTROL_URL", "http://127.0.0.1:" + controlPort);
		List<String> out = new ArrayList<>();
		lines.forEach((key, value) -> out.add(key + "=" + value));
		return String.join("\n", out) + "\n";
	}

	private HttpServer control() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/kafka/stop", (exchange) -> answer(exchange, () -> this.system.engines().kafka().stop()));
		server.createContext("/kafka/start",
				(exchange) -> answer(exchange, () -> this.system.engines().kafka().start()));
		server.createContext("/stop", (exchange) -> answer(exchange, this.stop::countDown));
		server.start();
		return server;
	}

	private static void answer(HttpExchange exchange, Runnable action) throws IOException {
		int status = 200;
		String body = "done\n";
		if (!"POST".equals(exchange.getRequestMethod())) {
			status = 405;
			body = "POST only\n";
		}
		else {
			try {
				action.run();
			}
			catch (RuntimeException ex) {
				status = 500;
				body = ex + "\n";
			}
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
