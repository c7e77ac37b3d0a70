package dev.shopfront.deployment.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an app's environment must hold wherever it is deployed (compose or Kubernetes):
 * only variables the app reads (a {@code ${VAR}} placeholder of its application.yml, or
 * one of {@link #READ_ELSEWHERE}), and every placeholder it needs in a container: one
 * without a default, and one whose default names {@code localhost}, which inside a
 * container is the app itself. Tuning knobs with a sensible default (pool sizes, TTLs,
 * client deadlines) may stay unset.
 */
public final class EnvironmentRule {

	/**
	 * Variables an app reads without a placeholder, and the source file that reads each.
	 */
	public static final Map<String, Map<String, String>> READ_ELSEWHERE = Map.of("gateway",
			Map.of("LOG_FORMAT", "gateway/src/main/java/dev/shopfront/gateway/LogFormatEnvironmentPostProcessor.java"),
			"notification-service", Map.of("LOG_FORMAT",
					"platform/src/main/java/dev/shopfront/platform/config/PlatformDefaultsEnvironmentPostProcessor.java"));

	/**
	 * The security settings of issue 23 that the deployments pass and the applications
	 * read once the service and gateway work of that issue is in: the shared gRPC call
	 * token, reflection, Kafka's SASL login, TLS to Redis and PostgreSQL, the gateway's
	 * API keys. Counted as read so that compose and the chart can carry them ahead of
	 * that work; an entry whose application.yml already has the placeholder changes
	 * nothing.
	 */
	public static final Map<String, Set<String>> SECURITY_SETTINGS = Map.of(
			"product-service", Set.of("GRPC_AUTH_TOKEN", "GRPC_REFLECTION_ENABLED", "KAFKA_SECURITY_PROTOCOL",
					"KAFKA_SASL_MECHANISM", "KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD", "DB_SSL_MODE"),
			"basket-service", Set.of("GRPC_AUTH_TOKEN", "GRPC_REFLECTION_ENABLED", "KAFKA_SECURITY_PROTOCOL",
					"KAFKA_SASL_MECHANISM", "KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD", "REDIS_SSL"),
			"payment-service",
			Set.of("GRPC_AUTH_TOKEN", "GRPC_REFLECTION_ENABLED", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM",
					"KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD"),
			"notification-service",
			Set.of("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD"),
			"gateway", Set.of("REDIS_SSL", "API_KEYS"));

	private EnvironmentRule() {
	}

	public static List<String> problems(Application application, Set<String> set) {
		List<String> problems = new ArrayList<>();
		Map<String, String> placeholders = application.placeholders();
		Set<String> elsewhere = READ_ELSEWHERE.getOrDefault(application.name(), Map.of()).keySet();
		Set<String> security = SECURITY_SETTINGS.getOrDefault(application.name(), Set.of());
		for (String variable : set) {
			if (!placeholders.containsKey(variable) && !elsewhere.contains(variable) && !security.contains(variable)) {
				problems.add(variable + " is set but " + application.name() + " never reads it");
			}
		}
		placeholders.forEach((variable, defaultValue) -> {
			boolean needed = defaultValue == null || defaultValue.contains("localhost");
			if (needed && !set.contains(variable)) {
				problems.add(variable + " is needed by " + application.name() + " (default: " + defaultValue
						+ ") but not set");
			}
		});
		return problems;
	}

}
