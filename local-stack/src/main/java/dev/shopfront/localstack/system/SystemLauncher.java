package dev.shopfront.localstack.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.shopfront.localstack.EmbeddedEngine;
import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.EngineLogging;
import dev.shopfront.localstack.EngineStartException;
import dev.shopfront.localstack.LocalStack;
import dev.shopfront.localstack.Ports;

/**
 * Runs the whole system without Docker: the four engines on their standard ports with
 * data under {@code .local-stack/}, then each application as its own JVM
 * ({@code java -jar}) with the same environment variables Docker Compose gives it, logs
 * in {@code logs/<name>.log}. Waits for every readiness endpoint, prints where everything
 * is, and stops it all in reverse order on Ctrl-C or SIGTERM.
 */
public final class SystemLauncher {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

	private final Path root;

	private final String version;

	private final LocalStack engines;

	private final List<Process> processes = Collections.synchronizedList(new ArrayList<>());

	private SystemLauncher(Path root, String version) {
		this.root = root;
		this.version = version;
		this.engines = LocalStack.atStandardPorts(root.resolve(".local-stack").resolve("data"));
	}

	public static void main(String[] args) throws Exception {
		EngineLogging.quiet();
		Path root = Path.of(System.getProperty("shopfront.root", ".")).toAbsolutePath().normalize();
		String version = System.getProperty("shopfront.version", "0.1.0-SNAPSHOT");
		SystemLauncher launcher = new SystemLauncher(root, version);
		if (!launcher.preflight()) {
			System.exit(1);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			launcher.stop();
			stopped.countDown();
		}, "shopfront-stop"));
		try {
			launcher.start();
		}
		catch (EngineStartException | IllegalStateException ex) {
			System.err.println(Console.red("Start failed: ") + ex.getMessage());
			System.exit(1);
		}
		stopped.await();
	}

	/** Every port free and every jar built; otherwise one clear line per problem. */
	private boolean preflight() {
		List<String> problems = new ArrayList<>();
		for (Engine engine : Engine.values()) {
			if (Ports.inUse(engine.standardPort())) {
				problems.add("port %d is in use, so %s cannot start".formatted(engine.standardPort(), engine));
			}
		}
		for (App app : Shopfront.APPS) {
			for (int port : new int[] { app.httpPort(), app.grpcPort() }) {
				if (port != 0 && Ports.inUse(port)) {
					problems.add("port %d is in use, so %s cannot start".formatted(port, app.name()));
				}
			}
			if (!Files.isRegularFile(app.jar(this.root, this.version))) {
				problems.add("%s is not built (%s missing): run `make build`".formatted(app.name(),
						this.root.relativize(app.jar(this.root, this.version))));
			}
		}
		problems.forEach((problem) -> System.err.println(Console.red("Cannot start: ") + problem));
		if (!problems.isEmpty()) {
			System.err.println("Find what holds a port with: ss -ltnp 'sport = :PORT'");
		}
		return problems.isEmpty();
	}

	private void start() throws IOException, InterruptedException {
		long started = System.nanoTime();
		Files.createDirectories(this.root.resolve("logs"));
		System.out.println(Console.bold("Starting Shopfront") + " (data in .local-stack/, logs in logs/)");
		for (Engine engine : Engine.values()) {
			long at = System.nanoTime();
			EmbeddedEngine running = this.engines.get(engine);
			System.out.printf("  %s %-16s port %-5d %6d ms%n", Console.green("✔"), engine.name().toLowerCase(),
					running.port(), elapsedMs(at));
		}
		for (App app : Shopfront.APPS) {
			long at = System.nanoTime();
			Process process = launch(app);
			awaitReady(app, process);
			System.out.printf("  %s %-16s port %-5d %6d ms%n", Console.green("✔"), app.name(), app.httpPort(),
					elapsedMs(at));
		}
		if (!"false".equalsIgnoreCase(System.getenv("SEED_DEMO_DATA"))) {
			int added = DemoCatalogue.loadIfEmpty(Shopfront.APPS.get(0).url());
			if (added > 0) {
				System.out.printf("  %s demo catalogue    %d products loaded%n", Console.green("✔"), added);
			}
		}
		printTable(elapsedMs(started));
	}

	private Process launch(App app) throws IOException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-Xss512k", "-jar", app.jar(this.root, this.version).toString());
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.root.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(logOf(app).toFile()));
		builder.environment().putAll(environmentOf(app));
		Process process = builder.start();
		this.processes.add(process);
		return process;
	}

	private Map<String, String> environmentOf(App app) {
		Map<String, String> environment = new LinkedHashMap<>();
		for (Engine engine : app.engines()) {
			environment.putAll(this.engines.get(engine).environment());
		}
		environment.put("PORT", String.valueOf(app.httpPort()));
		if (app.grpcPort() != 0) {
			environment.put("GRPC_PORT", String.valueOf(app.grpcPort()));
		}
		environment.putAll(app.environment());
		return environment;
	}

	private void awaitReady(App app, Process process) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest ready = HttpRequest.newBuilder(URI.create(app.url() + "/health/ready"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("%s exited with code %d; last lines of %s:%n%s".formatted(app.name(),
						process.exitValue(), this.root.relativize(logOf(app)), ProcessLog.tail(logOf(app), 15)));
			}
			try {
				if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("%s was not ready within %ds; see %s".formatted(app.name(),
				READY_TIMEOUT.toSeconds(), this.root.relativize(logOf(app))));
	}

	private Path logOf(App app) {
		return this.root.resolve("logs").resolve(app.name() + ".log");
	}

	private void printTable(long totalMs) {
		System.out.println();
		System.out.println(Console.bold("Shopfront is up") + " in %.1f s".formatted(totalMs / 1000.0));
		System.out.printf("  %-16s %-28s %-40s%n", "service", "API", "Swagger UI / metrics");
		for (App app : Shopfront.APPS) {
			System.out.printf("  %-16s %-28s %s/swagger-ui.html  %s/metrics%n", app.name(), app.url(), app.url(),
					app.url());
		}
		System.out.println("Try: curl " + Shopfront.APPS.get(0).url() + "/products");
		System.out.println("Press Ctrl-C to stop everything.");
	}

	private void stop() {
		System.out.println("Stopping Shopfront...");
		List<Process> reversed = new ArrayList<>(this.processes);
		Collections.reverse(reversed);
		for (Process process : reversed) {
			process.destroy();
			try {
				if (!process.waitFor(25, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
		this.engines.stop();
		System.out.println("Stopped.");
	}

	private static long elapsedMs(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

}
