package dev.shopfront.docs.diagrams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import dev.shopfront.docs.source.YamlFiles;

/**
 * The Actuator endpoints a configuration exposes, at their mapped paths, plus one path
 * per health group. Several files may configure one app (the platform defaults, then the
 * app's application.yml): for each key the last file that sets it wins, as in Spring
 * Boot.
 */
final class ActuatorPaths {

	private ActuatorPaths() {
	}

	static List<String> of(List<Map<String, Object>> layers) {
		String basePath = last(layers, "management.endpoints.web.base-path").orElse("/actuator");
		String prefix = basePath.endsWith("/") ? basePath : basePath + "/";
		String include = last(layers, "management.endpoints.web.exposure.include").orElse("");
		TreeSet<String> paths = new TreeSet<>();
		for (String endpoint : include.split(",")) {
			if (!endpoint.isBlank()) {
				String mapped = last(layers, "management.endpoints.web.path-mapping." + endpoint.strip())
					.orElse(endpoint.strip());
				paths.add(prefix + mapped);
			}
		}
		if (paths.contains(prefix + "health")) {
			for (Map<String, Object> layer : layers) {
				YamlFiles.mapAt(layer, "management.endpoint.health.group")
					.keySet()
					.forEach((group) -> paths.add(prefix + "health/" + group));
			}
		}
		return List.copyOf(paths);
	}

	private static Optional<String> last(List<Map<String, Object>> layers, String key) {
		Optional<String> value = Optional.empty();
		for (Map<String, Object> layer : layers) {
			Optional<Object> found = YamlFiles.at(layer, key);
			if (found.isPresent()) {
				value = found.map(YamlFiles::string);
			}
		}
		return value;
	}

}
