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

	private static final String LOG_FORMAT_READER = "platform-core/src/main/java/dev/shopfront/platform/core/logging/LogFormatEnvironmentPostProcessor.java";

	/**
	 * Variables an app reads without a placeholder, and the source file that reads each.
	 */
	public static final Map<String, Map<String, String>> READ_ELSEWHERE = Map.of("gateway",
			Map.of("LOG_FORMAT", LOG_FORMAT_READER), "notification-service", Map.of("LOG_FORMAT", LOG_FORMAT_READER));

	private EnvironmentRule() {
	}

	public static List<String> problems(Application application, Set<String> set) {
		List<String> problems = new ArrayList<>();
		Map<String, String> placeholders = application.placeholders();
		Set<String> elsewhere = READ_ELSEWHERE.getOrDefault(application.name(), Map.of()).keySet();
		for (String variable : set) {
			if (!placeholders.containsKey(variable) && !elsewhere.contains(variable)) {
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
