package dev.shopfront.docs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the environment-variable placeholders of a Spring {@code application.yml}: every
 * {@code ${UPPER_CASE:default}} in a value, with the dotted key it configures. References
 * to other properties ({@code ${spring.application.name}}) are not environment variables
 * and are skipped.
 */
public final class PlaceholderReader {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	public List<Placeholder> read(String file, String yaml) {
		List<Placeholder> found = new ArrayList<>();
		for (Map<String, Object> document : YamlFiles.documents(yaml)) {
			walk("", document, file, found);
		}
		return found;
	}

	private void walk(String path, Object value, String file, List<Placeholder> found) {
		if (value instanceof Map<?, ?> map) {
			map.forEach(
					(key, item) -> walk(path.isEmpty() ? String.valueOf(key) : path + "." + key, item, file, found));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				walk(path + "[" + i + "]", list.get(i), file, found);
			}
		}
		else if (value != null) {
			Matcher matcher = PLACEHOLDER.matcher(String.valueOf(value));
			while (matcher.find()) {
				found.add(new Placeholder(matcher.group(1), (matcher.group(2) != null) ? matcher.group(2) : "", path,
						file));
			}
		}
	}

}
