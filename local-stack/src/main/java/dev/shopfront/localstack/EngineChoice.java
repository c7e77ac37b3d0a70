package dev.shopfront.localstack;

import java.util.function.BooleanSupplier;

/**
 * The engines a test JVM runs on, and why: decided once from {@link EngineMode#PROPERTY}
 * (first) or {@link EngineMode#VARIABLE}, {@code auto} when neither is set.
 *
 * @param mode {@link EngineMode#EMBEDDED} or {@link EngineMode#TESTCONTAINERS}, never
 * auto
 * @param reason the setting, and for auto what the Docker probe answered
 */
public record EngineChoice(EngineMode mode, String reason) {

	/**
	 * Decides. {@code dockerAvailable} is asked only when the setting is auto or
	 * testcontainers; testcontainers without Docker is refused rather than quietly run
	 * embedded, since whoever asked for it wants the official images tested.
	 */
	public static EngineChoice of(String property, String variable, BooleanSupplier dockerAvailable) {
		String setting;
		EngineMode asked;
		if (property != null && !property.isBlank()) {
			setting = EngineMode.PROPERTY + "=" + property.trim();
			asked = EngineMode.parse(property, EngineMode.PROPERTY);
		}
		else if (variable != null && !variable.isBlank()) {
			setting = EngineMode.VARIABLE + "=" + variable.trim();
			asked = EngineMode.parse(variable, EngineMode.VARIABLE);
		}
		else {
			setting = "neither " + EngineMode.PROPERTY + " nor " + EngineMode.VARIABLE + " is set (auto)";
			asked = EngineMode.AUTO;
		}
		return switch (asked) {
			case EMBEDDED -> new EngineChoice(EngineMode.EMBEDDED, setting);
			case TESTCONTAINERS -> {
				if (!dockerAvailable.getAsBoolean()) {
					throw new EngineStartException(
							setting + ", but no Docker environment answered: start Docker, or run the tests with "
									+ EngineMode.VARIABLE + "=embedded (or auto)");
				}
				yield new EngineChoice(EngineMode.TESTCONTAINERS, setting);
			}
			case AUTO -> dockerAvailable.getAsBoolean()
					? new EngineChoice(EngineMode.TESTCONTAINERS, setting + " and a Docker environment answered")
					: new EngineChoice(EngineMode.EMBEDDED, setting
							+ " and no Docker environment answered, so Testcontainers cannot start the official images");
		};
	}

	/**
	 * From this JVM's system property and environment, probing Docker through
	 * Testcontainers.
	 */
	public static EngineChoice fromSystem() {
		return of(System.getProperty(EngineMode.PROPERTY), System.getenv(EngineMode.VARIABLE),
				ContainerEngine::dockerAvailable);
	}

	public boolean containers() {
		return this.mode == EngineMode.TESTCONTAINERS;
	}

	/** The one line a test run logs about its engines. */
	public String message() {
		String what = containers() ? "testcontainers (the official images of engine-images.properties, in Docker)"
				: "embedded (PostgreSQL, MariaDB, Redis and Kafka from Maven artifacts, no Docker)";
		return "Engines: " + what + ", because " + this.reason;
	}

}
