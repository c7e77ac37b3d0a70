package dev.shopfront.deployment.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** YAML files read as Jackson trees. */
public final class Yaml {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private Yaml() {
	}

	public static JsonNode read(Path file) {
		return YAML.readTree(file.toFile());
	}

	public static JsonNode read(String yaml) {
		return YAML.readTree(yaml);
	}

	public static String write(JsonNode node) {
		return YAML.writeValueAsString(node);
	}

	/** Every document of a multi-document stream, without the empty ones. */
	public static List<JsonNode> readAll(String yaml) {
		List<JsonNode> documents = new ArrayList<>();
		try (var values = YAML.readValues(YAML.createParser(yaml), JsonNode.class)) {
			while (values.hasNextValue()) {
				JsonNode document = values.nextValue();
				if (document != null && !document.isNull() && !document.isMissingNode() && !document.isEmpty()) {
					documents.add(document);
				}
			}
		}
		return documents;
	}

	/**
	 * {@code overlay} deep-merged onto {@code base} (objects merged, anything else
	 * replaced).
	 */
	public static JsonNode merge(JsonNode base, JsonNode overlay) {
		if (!(base instanceof ObjectNode baseObject) || !overlay.isObject()) {
			return overlay.deepCopy();
		}
		ObjectNode merged = baseObject.deepCopy();
		overlay.forEachEntry((name, value) -> merged.set(name,
				merged.has(name) ? merge(merged.get(name), value) : value.deepCopy()));
		return merged;
	}

}
