package dev.shopfront.platform.kafka;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the services log in to Kafka: {@code KAFKA_SECURITY_PROTOCOL} and, for the SASL
 * protocols, {@code KAFKA_SASL_MECHANISM} (SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN) with
 * {@code KAFKA_SASL_USERNAME} and {@code KAFKA_SASL_PASSWORD}. The login settings are
 * client properties common to producers, consumers and the admin client, so every Kafka
 * client of a service uses them.
 *
 * @param securityProtocol PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL
 * @param mechanism the SASL mechanism
 * @param username the SASL user
 * @param password the SASL password
 */
public record KafkaSasl(String securityProtocol, String mechanism, String username, String password) {

	private static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");

	private static final Map<String, String> LOGIN_MODULES = Map.of("SCRAM-SHA-512",
			"org.apache.kafka.common.security.scram.ScramLoginModule", "SCRAM-SHA-256",
			"org.apache.kafka.common.security.scram.ScramLoginModule", "PLAIN",
			"org.apache.kafka.common.security.plain.PlainLoginModule");

	public KafkaSasl {
		securityProtocol = (securityProtocol == null || securityProtocol.isBlank()) ? "PLAINTEXT"
				: securityProtocol.trim().toUpperCase(Locale.ROOT);
		if (!PROTOCOLS.contains(securityProtocol)) {
			throw new IllegalStateException("KAFKA_SECURITY_PROTOCOL must be one of %s, was '%s'"
				.formatted(String.join(", ", PROTOCOLS.stream().sorted().toList()), securityProtocol));
		}
		mechanism = (mechanism == null || mechanism.isBlank()) ? "SCRAM-SHA-512"
				: mechanism.trim().toUpperCase(Locale.ROOT);
		if (usesSasl(securityProtocol)) {
			if (!LOGIN_MODULES.containsKey(mechanism)) {
				throw new IllegalStateException("KAFKA_SASL_MECHANISM must be one of %s, was '%s'"
					.formatted(String.join(", ", LOGIN_MODULES.keySet().stream().sorted().toList()), mechanism));
			}
			if (username == null || username.isBlank() || password == null || password.isEmpty()) {
				throw new IllegalStateException("KAFKA_SECURITY_PROTOCOL=%s needs KAFKA_SASL_USERNAME and "
						+ "KAFKA_SASL_PASSWORD".formatted(securityProtocol));
			}
		}
	}

	/** The client properties to add: none unless the protocol is a SASL one. */
	public Map<String, String> clientProperties() {
		if (!usesSasl(this.securityProtocol)) {
			return Map.of();
		}
		String jaas = "%s required username=\"%s\" password=\"%s\";".formatted(LOGIN_MODULES.get(this.mechanism),
				quoted(this.username), quoted(this.password));
		return Map.of("sasl.mechanism", this.mechanism, "sasl.jaas.config", jaas);
	}

	private static boolean usesSasl(String protocol) {
		return protocol.startsWith("SASL_");
	}

	// JAAS option values are double-quoted strings with backslash escapes.
	private static String quoted(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	@Override
	public String toString() {
		return "KafkaSasl[%s, %s, %s, ****]".formatted(this.securityProtocol, this.mechanism, this.username);
	}

}
