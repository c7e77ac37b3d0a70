package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads YAML into plain maps and lists and looks values up by dotted path. SnakeYAML
 * resolves anchors and aliases (the gateway's shared retry filter), which a hand-written
 * reader would not.
 */
public final class YamlFiles {

	private YamlFiles() {
	}

	/** Every document of the text, in order; an empty document becomes an empty map. */
	public static List<Map<String, Object>> documents(String text) {
		LoaderOptions options = new LoaderOptions();
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml(options).loadAll(text)) {
			documents.add(asMap(document));
		}
		return documents;
	}

	public static Map<String, Object> document(String text) {
		List<Map<String, Object>> documents = documents(text);
		return documents.isEmpty() ? Map.of() : documents.get(0);
	}

	/** The value at a dotted path such as {@code spring.grpc.client.channels}, if any. */
	public static Optional<Object> at(Map<String, Object> root, String dottedPath) {
		Object current = root;
		for (String key : dottedPath.split("\\.")) {
			if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
				return Optional.empty();
			}
			current = map.get(key);
		}
		return Optional.ofNullable(current);
	}

	public static Map<String, Object> mapAt(Map<String, Object> root, String dottedPath) {
		return at(root, dottedPath).map(YamlFiles::asMap).orElse(Map.of());
	}

	public static List<Object> listAt(Map<String, Object> root, String dottedPath) {
		return at(root, dottedPath).map(YamlFiles::asList).orElse(List.of());
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> asMap(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(String.valueOf(key), item));
			return copy;
		}
		return Map.of();
	}

	@SuppressWarnings("unchecked")
	public static List<Object> asList(Object value) {
		return (value instanceof List<?> list) ? (List<Object>) list : List.of();
	}

	public static String string(Object value) {
		return (value == null) ? "" : String.valueOf(value);
	}

}
