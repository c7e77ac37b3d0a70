package dev.shopfront.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.EngineLogging;
import dev.shopfront.localstack.KafkaBroker;
import dev.shopfront.localstack.system.Instance;
import dev.shopfront.localstack.system.Layout;
import dev.shopfront.localstack.system.Shopfront;
import dev.shopfront.localstack.system.ShopfrontSystem;

/**
 * The whole system, started once for all system tests the way {@code make run} starts it
 * (real engines, one JVM per application, the same environment variables), but on free
 * ports and with two product instances behind the gateway. Logs stay in
 * {@code system-tests/target/system/logs} for when a test fails.
 */
final class SystemUnderTest {

	static final String ADMIN_TOKEN = "system-test-admin";

	private static SystemUnderTest running;

	private final ShopfrontSystem system;

	private final TraceRecorder traces;

	private final Path tracesDirectory;

	private SystemUnderTest(ShopfrontSystem system, TraceRecorder traces, Path tracesDirectory) {
		this.system = system;
		this.traces = traces;
		this.tracesDirectory = tracesDirectory;
	}

	static synchronized SystemUnderTest get() {
		if (running == null) {
			running = start();
		}
		return running;
	}

	private static SystemUnderTest start() {
		EngineLogging.quiet();
		Path root = Path.of(System.getProperty("shopfront.root", "..")).toAbsolutePath().normalize();
		Path work = root.resolve("system-tests").resolve("target").resolve("system");
		deleteRecursively(work);
		TraceRecorder traces = TraceRecorder.start();
		Layout layout = new Layout(root, System.getProperty("shopfront.version", "0.1.0-SNAPSHOT"),
				work.resolve("data"), work.resolve("logs"), false, 2, overrides(traces));
		ShopfrontSystem system = new ShopfrontSystem(layout);
		List<String> problems = system.preflight();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Cannot start the system: " + problems);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(system::close, "system-under-test-stop"));
		try {
			for (Engine engine : Engine.values()) {
				system.startEngine(engine);
			}
			for (Instance instance : system.instances()) {
				system.start(instance);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return new SystemUnderTest(system, traces, root.resolve("system-tests").resolve("target").resolve("traces"));
	}

	/**
	 * What differs from {@code make run}: a rate limit no test run reaches, an admin
	 * token, short health-check and breaker intervals so fault tests see recovery in
	 * seconds, and spans exported to the in-test receiver in batches sent every 200 ms,
	 * so a scenario's trace is complete soon after its last request. The sampler follows
	 * the caller's decision (parent-based, as Spring Boot builds it) and samples nothing
	 * on its own: every request of a {@link Scenario} carries a sampled traceparent, so
	 * each of its spans is recorded, while the other tests' traffic (a hundred concurrent
	 * checkouts) and the background work (outbox polling, health checks) cost no export.
	 * The load balancer's health check gives up after its interval (Spring Cloud
	 * LoadBalancer times each check out at the interval): at 1 s, both product instances
	 * missed one round while the hundred concurrent checkouts ran on CI's two cores and
	 * the next tests got 503s, so the interval is 2 s.
	 */
	private static Map<String, String> overrides(TraceRecorder traces) {
		return Map.of("RATE_LIMIT_REQUESTS", "1000000", "RATE_LIMIT_BURST", "1000000", "ADMIN_TOKEN", ADMIN_TOKEN,
				"LOAD_BALANCER_HEALTH_INTERVAL", "2s", "CIRCUIT_BREAKER_TIMEOUT", "2s", "OTEL_EXPORTER_OTLP_ENDPOINT",
				traces.endpoint(), "TRACING_SAMPLING_PROBABILITY", "0.0",
				"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULEDELAY", "200ms");
	}

	/** The gateway, called with the open {@link Scenario}'s trace context, if any. */
	Api gateway() {
		return new Api(this.system.instance(Shopfront.GATEWAY).url(), Scenario::headers);
	}

	Api service(String name) {
		return new Api(this.system.instance(name).url(), Scenario::headers);
	}

	/**
	 * Records the spans of what runs until the returned scenario is closed, into
	 * {@code system-tests/target/traces/<name>.json}.
	 */
	Scenario record(String name, String title) {
		return Scenario.open(name, title, this.traces, this.tracesDirectory);
	}

	List<Instance> instances() {
		return this.system.instances();
	}

	List<Instance> productInstances() {
		return this.system.instances()
			.stream()
			.filter((instance) -> instance.app().name().equals(Shopfront.PRODUCT))
			.toList();
	}

	void stopProductService() {
		productInstances().forEach(this.system::stop);
	}

	void startProductService() throws IOException, InterruptedException {
		for (Instance instance : productInstances()) {
			this.system.start(instance);
		}
	}

	KafkaBroker kafka() {
		return this.system.engines().kafka();
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
