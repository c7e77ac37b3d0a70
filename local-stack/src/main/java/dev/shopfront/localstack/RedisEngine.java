package dev.shopfront.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import redis.embedded.RedisServer;

/**
 * Redis from the embedded-redis binaries, persisting to an append-only file in the data
 * directory.
 */
public class RedisEngine implements EmbeddedEngine {

	private final EngineSettings settings;

	private int port;

	private RedisServer server;

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
		if (this.server != null) {
			return;
		}
		this.port = Ports.freeIfZero(this.port);
		try {
			Files.createDirectories(this.settings.dataDirectory());
			RedisServer server = RedisServer.newRedisServer()
				.port(this.port)
				.bind("127.0.0.1")
				.setting("dir " + this.settings.dataDirectory().toAbsolutePath())
				.setting("appendonly yes")
				.setting("save \"\"")
				.build();
			server.start();
			this.server = server;
		}
		catch (IOException ex) {
			throw new EngineStartException("Redis did not start on port %d: %s".formatted(this.port, ex.getMessage()),
					ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Redis did not stop cleanly", ex);
		}
		finally {
			this.server = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.server != null;
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
