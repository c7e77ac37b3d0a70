package dev.shopfront.docs.model;

/**
 * An engine an app's configuration connects to.
 *
 * @param kind {@code POSTGRES}, {@code MARIADB}, {@code MYSQL}, {@code MONGODB},
 * {@code REDIS} or {@code KAFKA}
 * @param port the default port the configuration names, 0 when it names none
 * @param source the setting
 */
public record DataStore(String kind, int port, Source source) {

	/** The engine's product name. */
	public String product() {
		return switch (this.kind) {
			case "POSTGRES" -> "PostgreSQL";
			case "MARIADB" -> "MariaDB";
			case "MYSQL" -> "MySQL";
			case "MONGODB" -> "MongoDB";
			case "REDIS" -> "Redis";
			case "KAFKA" -> "Kafka";
			default -> this.kind;
		};
	}

	public String label() {
		return product() + ((this.port != 0) ? " :" + this.port : "");
	}

}
