package dev.shopfront.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import redis.embedded.core.ExecutableProvider;

/**
 * Redis from the embedded-redis binaries, persisting to an append-only file in the data
 * directory. The process is started here rather than through the library's
 * {@code RedisServer}, which registers a JVM shutdown hook that would stop Redis
 * alongside (not after) the services using it.
 */
public class RedisEngine implements EmbeddedEngine {

	private static final String READY = "Ready to accept connections";

	private static final long START_TIMEOUT_MS = 15_000;

	private final EngineSettings settings;

	private int port;

	private Process process;

	public RedisEngine(EngineSettings settings) {
		this.settings = settings;
		this.port = settings.port();
	}

	@Override
	public Engine engine() {
		return Engine.REDIS;
	}

	@Override
	public synchronized void start() {
		if (this.process != null) {
			return;
		}
		this.port = Ports.freeIfZero(this.port);
		try {
			Files.createDirectories(this.settings.dataDirectory());
			String binary = ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
			Process process = new ProcessBuilder(binary, "--port", String.valueOf(this.port), "--bind", "127.0.0.1",
					"--dir", this.settings.dataDirectory().toAbsolutePath().toString(), "--appendonly", "yes", "--save",
					"")
				.redirectErrorStream(true)
				.start();
			awaitReady(process);
			this.process = process;
		}
		catch (IOException ex) {
			throw new EngineStartException("Redis did not start on port %d: %s".formatted(this.port, ex.getMessage()),
					ex);
		}
	}

	/**
	 * Reads Redis's log until it is ready, then keeps draining it so Redis never blocks.
	 */
	private void awaitReady(Process process) throws IOException {
		BufferedReader log = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		List<String> seen = new ArrayList<>();
		long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
		String line;
		while ((line = log.readLine()) != null) {
			seen.add(line);
			if (line.contains(READY)) {
				Thread drain = new Thread(() -> drain(log), "redis-" + this.port + "-log");
				drain.setDaemon(true);
				drain.start();
				return;
			}
			if (System.currentTimeMillis() > deadline) {
				break;
			}
		}
		process.destroyForcibly();
		throw new IOException(
				"Redis was not ready: " + String.join(" | ", seen.subList(Math.max(0, seen.size() - 5), seen.size())));
	}

	private static void drain(BufferedReader log) {
		try {
			while (log.readLine() != null) {
				// Redis's own log is not needed once it is up; reading keeps its pipe
				// open.
			}
		}
		catch (IOException ex) {
			// the process ended
		}
	}

	@Override
	public synchronized void stop() {
		if (this.process == null) {
			return;
		}
		try {
			// SIGTERM: Redis flushes its append-only file and exits.
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		finally {
			this.process = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.process != null;
	}

	@Override
	public int port() {
		return this.port;
	}

	@Override
	public Map<String, String> environment() {
		return Map.of("REDIS_HOST", "localhost", "REDIS_PORT", String.valueOf(this.port));
	}

}
