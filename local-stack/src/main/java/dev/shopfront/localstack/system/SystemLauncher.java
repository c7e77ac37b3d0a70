package dev.shopfront.localstack.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import dev.shopfront.localstack.EmbeddedEngine;
import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.EngineLogging;
import dev.shopfront.localstack.EngineStartException;

/**
 * {@code make run}: the whole system on the spec's ports with data under
 * {@code .local-stack/} and logs in {@code logs/<name>.log}. Shows progress, prints where
 * everything is once every readiness endpoint answers, and stops it all in reverse order
 * on Ctrl-C or SIGTERM.
 */
public final class SystemLauncher {

	private final ShopfrontSystem system;

	private SystemLauncher(ShopfrontSystem system) {
		this.system = system;
	}

	public static void main(String[] args) throws Exception {
		EngineLogging.quiet();
		Path root = Path.of(System.getProperty("shopfront.root", ".")).toAbsolutePath().normalize();
		String version = System.getProperty("shopfront.version", "0.1.0-SNAPSHOT");
		ShopfrontSystem system = new ShopfrontSystem(Layout.standard(root, version));
		List<String> problems = system.preflight();
		if (!problems.isEmpty()) {
			problems.forEach((problem) -> System.err.println(Console.red("Cannot start: ") + problem));
			System.err.println("Find what holds a port with: ss -ltnp 'sport = :PORT'");
			System.exit(1);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping Shopfront...");
			system.close();
			System.out.println("Stopped.");
			stopped.countDown();
		}, "shopfront-stop"));
		try {
			new SystemLauncher(system).start();
		}
		catch (EngineStartException | IllegalStateException ex) {
			System.err.println(Console.red("Start failed: ") + ex.getMessage());
			System.exit(1);
		}
		stopped.await();
	}

	private void start() throws IOException, InterruptedException {
		long started = System.nanoTime();
		System.out.println(Console.bold("Starting Shopfront") + " (data in .local-stack/, logs in logs/)");
		for (Engine engine : Engine.values()) {
			long at = System.nanoTime();
			EmbeddedEngine running = this.system.startEngine(engine);
			done(engine.name().toLowerCase(), running.port(), at);
		}
		for (Instance instance : this.system.instances()) {
			long at = System.nanoTime();
			this.system.start(instance);
			done(instance.name(), instance.httpPort(), at);
		}
		if (!"false".equalsIgnoreCase(System.getenv("SEED_DEMO_DATA"))) {
			int added = DemoCatalogue.loadIfEmpty(this.system.instance(Shopfront.PRODUCT).url());
			if (added > 0) {
				System.out.printf("  %s demo catalogue    %d products loaded%n", Console.green("✔"), added);
			}
		}
		printTable(elapsedMs(started));
	}

	private void printTable(long totalMs) {
		Instance gateway = this.system.instance(Shopfront.GATEWAY);
		System.out.println();
		System.out.println(Console.bold("Shopfront is up") + " in %.1f s".formatted(totalMs / 1000.0));
		System.out.printf("  %-16s %-24s %-44s %s%n", "component", "API", "Swagger UI", "metrics");
		for (Instance instance : this.system.instances()) {
			String swagger = (instance == gateway) ? "-" : instance.url() + "/swagger-ui.html";
			System.out.printf("  %-16s %-24s %-44s %s/metrics%n", instance.name(), instance.url(), swagger,
					instance.url());
		}
		System.out.println("Try: curl " + gateway.url() + "/api/products");
		System.out.println("Press Ctrl-C to stop everything.");
	}

	private static void done(String what, int port, long since) {
		System.out.printf("  %s %-16s port %-5d %6d ms%n", Console.green("✔"), what, port, elapsedMs(since));
	}

	private static long elapsedMs(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

}
