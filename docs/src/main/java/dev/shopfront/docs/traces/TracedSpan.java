package dev.shopfront.docs.traces;

import java.util.Map;

import dev.shopfront.docs.model.Source;

/**
 * One span of a recorded scenario, as the system tests wrote it.
 *
 * @param id the span's number in its file, in start order
 * @param parent the parent's number, "" when the parent is the caller outside the system
 * (the test's request)
 * @param service the application that recorded it
 * @param name the span name
 * @param kind SERVER, CLIENT, PRODUCER, CONSUMER or INTERNAL
 * @param status OK, ERROR or UNSET
 * @param startMicros start, microseconds after the scenario's first span
 * @param endMicros end, microseconds after the scenario's first span
 * @param attributes the span's kept attributes
 * @param source the file and line it was read from
 */
public record TracedSpan(String id, String parent, String service, String name, String kind, String status,
		long startMicros, long endMicros, Map<String, String> attributes, Source source) {

	public TracedSpan {
		attributes = Map.copyOf(attributes);
	}

	public String attribute(String key) {
		return this.attributes.getOrDefault(key, "");
	}

	public boolean rpc() {
		return !attribute("rpc.service").isEmpty();
	}

	/** The engine a client span talks to: POSTGRES, MARIADB, REDIS, or "" for none. */
	public String store() {
		String driver = attribute("jdbc.datasource.driver").toLowerCase(java.util.Locale.ROOT);
		if (driver.contains("postgresql")) {
			return "POSTGRES";
		}
		if (driver.contains("mariadb")) {
			return "MARIADB";
		}
		if (driver.contains("mysql")) {
			return "MYSQL";
		}
		if (attribute("db.system").equals("redis")) {
			return "REDIS";
		}
		return "";
	}

	/** The topic a producer sent to or a consumer read from, "" for other spans. */
	public String topic() {
		if (this.kind.equals("PRODUCER")) {
			return attribute("messaging.destination.name");
		}
		if (this.kind.equals("CONSUMER")) {
			return attribute("messaging.source.name");
		}
		return "";
	}

}
