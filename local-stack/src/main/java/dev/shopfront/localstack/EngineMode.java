package dev.shopfront.localstack;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which engines the integration tests run on: {@code shopfront.engines} (system property)
 * or {@code SHOPFRONT_ENGINES} (environment).
 */
public enum EngineMode {

	/** PostgreSQL, MariaDB, Redis and Kafka from Maven artifacts, on this machine. */
	EMBEDDED,

	/** The official images of engine-images.properties, started by Testcontainers. */
	TESTCONTAINERS,

	/** Testcontainers when a Docker environment answers, embedded otherwise. */
	AUTO;

	public static final String PROPERTY = "shopfront.engines";

	public static final String VARIABLE = "SHOPFRONT_ENGINES";

	/**
	 * The mode a setting names, in any case; a misspelt one is refused with the choices.
	 */
	static EngineMode parse(String value, String setting) {
		for (EngineMode mode : values()) {
			if (mode.label().equalsIgnoreCase(value.trim())) {
				return mode;
			}
		}
		throw new EngineStartException("%s=%s is not one of %s".formatted(setting, value,
				Arrays.stream(values()).map(EngineMode::label).collect(Collectors.joining(", "))));
	}

	public String label() {
		return name().toLowerCase();
	}

}
