package dev.shopfront.infra.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Finds secrets written in plain text in YAML: a value under a key that names a secret
 * (password, token, api key, routing key, webhook URL, or any vault_ variable) must be a
 * template that reads it from elsewhere, and a vault file must be encrypted.
 */
public final class SecretScan {

	private static final Pattern SECRET_KEY = Pattern.compile(
			"(?i)^(vault_.*|.*(password|passwd|secret_key|token|api_key|apikey|routing_key|service_key|webhook_url))$");

	private static final String VAULT_HEADER = "$ANSIBLE_VAULT;";

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private SecretScan() {
	}

	public static List<String> plainTextSecrets(Path file) throws IOException {
		String text = Files.readString(file);
		List<String> found = new ArrayList<>();
		if (text.startsWith(VAULT_HEADER)) {
			return found;
		}
		if (file.getFileName().toString().startsWith("vault")) {
			found.add(file + ": a vault file that is not encrypted (ansible-vault encrypt " + file.getFileName() + ")");
			return found;
		}
		for (JsonNode document : YAML.readValues(YAML.createParser(text), JsonNode.class).readAll()) {
			walk(document, file + ": ", found);
		}
		return found;
	}

	private static void walk(JsonNode node, String path, List<String> found) {
		if (node.isObject()) {
			node.forEachEntry((key, value) -> {
				if (SECRET_KEY.matcher(key).matches() && value.isValueNode() && !value.isNull()
						&& !value.asString().isEmpty() && !value.asString().contains("{{")) {
					found.add(path + key + " holds a literal value");
				}
				walk(value, path + key + ".", found);
			});
		}
		else if (node.isArray()) {
			node.forEach((element) -> walk(element, path, found));
		}
	}

}
