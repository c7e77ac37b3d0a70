package dev.shopfront.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts PostgreSQL, MariaDB, Redis and Kafka on the spec's ports with their data under
 * {@code .local-stack/data} (or the directory given as first argument), and stops them in
 * reverse order on Ctrl-C or SIGTERM.
 */
public final class LocalStackLauncher {

	private LocalStackLauncher() {
	}

	public static void main(String[] args) throws InterruptedException {
		EngineLogging.quiet();
		Path root = Path.of((args.length > 0) ? args[0] : ".local-stack/data").toAbsolutePath();
		List<Engine> engines = List.of(Engine.POSTGRES, Engine.MARIADB, Engine.REDIS, Engine.KAFKA);
		for (Engine engine : engines) {
			if (Ports.inUse(engine.standardPort())) {
				System.err.printf(
						"Port %d is already in use, so %s cannot start. Stop whatever holds it "
								+ "(e.g. `ss -ltnp 'sport = :%d'`) and try again.%n",
						engine.standardPort(), engine, engine.standardPort());
				System.exit(1);
			}
		}
		LocalStack stack = LocalStack.atStandardPorts(root);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping engines...");
			stack.stop();
			stopped.countDown();
		}, "local-stack-stop"));
		System.out.println("Data directory: " + root);
		for (Engine engine : engines) {
			long start = System.nanoTime();
			try {
				EmbeddedEngine running = stack.get(engine);
				System.out.printf("  %-9s ready on port %-5d in %5d ms  %s%n", engine, running.port(),
						(System.nanoTime() - start) / 1_000_000, running.environment());
			}
			catch (EngineStartException ex) {
				System.err.println(ex.getMessage());
				System.exit(1);
			}
		}
		System.out.println("All engines are up. Press Ctrl-C to stop them.");
		stopped.await();
	}

}
