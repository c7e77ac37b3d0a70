package dev.shopfront.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The span attributes a recorded scenario keeps: what a sequence diagram needs (the peer,
 * the store, the topic, the route, the outcome), none that changes from run to run (ids
 * in URLs, client ports, thread names).
 */
final class SpanAttributes {

	private static final Set<String> KEPT = Set.of(
			// HTTP server (Spring's observation) and the gateway's proxied call
			"method", "status", "uri", "outcome", "exception", "http.url", "http.method", "http.status_code",
			"spring.cloud.gateway.route.id", "spring.cloud.gateway.route.uri",
			// gRPC
			"rpc.service", "rpc.method", "grpc.status_code",
			// JDBC (datasource-micrometer) and Redis (Lettuce)
			"jdbc.datasource.name", "jdbc.datasource.driver", "jdbc.query[0]", "db.system", "db.operation",
			"lettuce.command.error",
			// Kafka (Spring Kafka's observations)
			"messaging.system", "messaging.operation", "messaging.destination.name", "messaging.source.name",
			"messaging.kafka.consumer.group",
			// the store or peer a client span calls; for Kafka consumers it names the
			// cluster id
			"peer.service", "error");

	private static final Pattern USER = Pattern.compile("user-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

	private static final Pattern NUMBER = Pattern.compile("/[0-9]+(?=/|$)");

	private SpanAttributes() {
	}

	static Map<String, String> kept(Map<String, String> attributes) {
		Map<String, String> kept = new LinkedHashMap<>();
		boolean messaging = attributes.containsKey("messaging.system");
		attributes.forEach((key, value) -> {
			if (KEPT.contains(key) && !(messaging && key.equals("peer.service"))) {
				kept.put(key, key.equals("http.url") ? pathTemplate(value) : value);
			}
		});
		return kept;
	}

	/** A request path with its user ids, payment ids and numeric ids as placeholders. */
	static String pathTemplate(String url) {
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		path = USER.matcher(path).replaceAll("{user}");
		path = UUID.matcher(path).replaceAll("{id}");
		return NUMBER.matcher(path).replaceAll("/{id}");
	}

}
