package dev.shopfront.docs.diagrams;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.YamlFiles;

/**
 * What a class talks to outside its process, judged by its imports: a database through
 * JDBC, Redis, Kafka, or another service's gRPC stub. The database's engine comes from
 * the service's datasource URL.
 */
public final class ExternalPorts {

	private ExternalPorts() {
	}

	/**
	 * External systems a type uses, by node key (e.g. {@code db}, {@code grpc:product})
	 * to label.
	 */
	public static Map<String, String> of(JavaType type, String ownProtoWord, String databaseName) {
		Map<String, String> ports = new LinkedHashMap<>();
		if (type.imports("org.springframework.jdbc") || type.imports("java.sql")) {
			ports.put("db", databaseName);
		}
		// Spring Data Redis, or a Redis-backed class of another library (the gateway's
		// RedisRateLimiter).
		if (type.imports("org.springframework.data.redis") || type.imports()
			.stream()
			.anyMatch((name) -> name.substring(name.lastIndexOf('.') + 1).startsWith("Redis"))) {
			ports.put("redis", "Redis");
		}
		if (type.imports("org.springframework.kafka") || type.imports("org.apache.kafka")) {
			ports.put("kafka", "Kafka");
		}
		for (String imported : type.imports()) {
			String[] parts = imported.split("\\.");
			if (imported.startsWith("dev.shopfront.proto.") && parts.length > 4
					&& parts[parts.length - 1].endsWith("Grpc") && !parts[3].equals(ownProtoWord)) {
				ports.put("grpc:" + parts[3], parts[3] + "-service (gRPC)");
			}
		}
		return ports;
	}

	/**
	 * PostgreSQL, MariaDB or MySQL from {@code spring.datasource.url}, if the service has
	 * one.
	 */
	public static Optional<String> database(Map<String, Object> applicationYaml) {
		String url = YamlFiles.string(YamlFiles.at(applicationYaml, "spring.datasource.url").orElse(null));
		for (Map.Entry<String, String> engine : Map
			.of("postgresql", "PostgreSQL", "mariadb", "MariaDB", "mysql", "MySQL")
			.entrySet()) {
			if (url.startsWith("jdbc:" + engine.getKey() + ":")) {
				return Optional.of(engine.getValue());
			}
		}
		return url.isEmpty() ? Optional.empty() : Optional.of("database");
	}

}
