package dev.shopfront.localstack;

import java.util.Map;

/**
 * A real engine the tests and the launcher start and stop: run on this machine without
 * Docker, or (with {@code shopfront.engines=testcontainers}, see {@link ContainerEngine})
 * its official image in Docker. Its data survives {@link #stop()} followed by
 * {@link #start()}, on the same port.
 */
public interface EmbeddedEngine {

	Engine engine();

	/**
	 * Starts the engine and returns once it answers real requests. Does nothing if
	 * running.
	 */
	void start();

	/** Stops the engine and frees its port. Does nothing if stopped. */
	void stop();

	boolean isRunning();

	/** The port clients connect to; fixed at construction or chosen at first start. */
	int port();

	/** The coordinates under the environment variable names the services read. */
	Map<String, String> environment();

}
