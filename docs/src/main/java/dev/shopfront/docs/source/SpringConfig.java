package dev.shopfront.docs.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import dev.shopfront.docs.model.Source;

/**
 * A module's Spring configuration: every {@code application*.yml|yaml|properties} under
 * {@code src/main/resources} (profiles from {@code application-<profile>.*}), flattened
 * to dotted keys with the line each value sits on, so a fact drawn from a setting cites
 * it.
 */
public final class SpringConfig {

	private static final Pattern FILE = Pattern.compile("application(?:-([\\w.-]+))?\\.(yml|yaml|properties)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_.\\-]*)(?::([^}]*))?}");

	/**
	 * One setting.
	 *
	 * @param key the dotted key, list items as {@code [i]}
	 * @param value the raw value, placeholders kept
	 * @param profile the profile of the file, "" for the default one
	 * @param source file and line
	 */
	public record Setting(String key, String value, String profile, Source source) {

		/**
		 * The value with every {@code ${X:default}} replaced by its default (or kept when
		 * it has none).
		 */
		public String resolved() {
			Matcher matcher = PLACEHOLDER.matcher(this.value);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(out,
						Matcher.quoteReplacement((matcher.group(2) != null) ? matcher.group(2) : matcher.group()));
			}
			matcher.appendTail(out);
			return out.toString();
		}

	}

	private final List<Setting> settings;

	private final List<String> files;

	private SpringConfig(List<Setting> settings, List<String> files) {
		this.settings = List.copyOf(settings);
		this.files = List.copyOf(files);
	}

	public static SpringConfig read(RepositoryFiles repository, String module) {
		String resources = (module.isEmpty() ? "" : module + "/") + "src/main/resources";
		List<Setting> settings = new ArrayList<>();
		List<String> files = new ArrayList<>();
		for (String file : repository.list(resources, "")) {
			String name = file.substring(file.lastIndexOf('/') + 1);
			Matcher matcher = FILE.matcher(name);
			if (!file.equals(resources + "/" + name) || !matcher.matches()) {
				continue;
			}
			String profile = (matcher.group(1) != null) ? matcher.group(1) : "";
			files.add(file);
			String text = repository.read(file);
			if (matcher.group(2).equals("properties")) {
				readProperties(file, text, profile, settings);
			}
			else {
				readYaml(file, text, profile, settings);
			}
		}
		return new SpringConfig(settings, files);
	}

	public List<Setting> settings() {
		return this.settings;
	}

	public List<String> files() {
		return this.files;
	}

	/** The default profile's setting for a key, else any profile's. */
	public Optional<Setting> get(String key) {
		return this.settings.stream()
			.filter((setting) -> setting.key().equals(key))
			.min((a, b) -> Boolean.compare(!a.profile().isEmpty(), !b.profile().isEmpty()));
	}

	/** Settings whose key starts with {@code prefix} followed by a dot or a bracket. */
	public List<Setting> under(String prefix) {
		return this.settings.stream()
			.filter((setting) -> setting.key().startsWith(prefix + ".") || setting.key().startsWith(prefix + "["))
			.toList();
	}

	private static void readProperties(String file, String text, String profile, List<Setting> settings) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
				continue;
			}
			int separator = indexOfSeparator(line);
			if (separator > 0) {
				settings.add(new Setting(line.substring(0, separator).strip(), line.substring(separator + 1).strip(),
						profile, new Source(file, i + 1)));
			}
		}
	}

	private static int indexOfSeparator(String line) {
		int equals = line.indexOf('=');
		int colon = line.indexOf(':');
		if (equals < 0) {
			return colon;
		}
		return (colon < 0) ? equals : Math.min(equals, colon);
	}

	private static void readYaml(String file, String text, String profile, List<Setting> settings) {
		Yaml yaml = new Yaml(new LoaderOptions());
		for (Node document : yaml.composeAll(new StringReader(text))) {
			if (document != null) {
				walk("", document, file, profile, settings);
			}
		}
	}

	private static void walk(String path, Node node, String file, String profile, List<Setting> settings) {
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "?";
				walk(path.isEmpty() ? key : path + "." + key, tuple.getValueNode(), file, profile, settings);
			}
		}
		else if (node instanceof SequenceNode sequence) {
			for (int i = 0; i < sequence.getValue().size(); i++) {
				walk(path + "[" + i + "]", sequence.getValue().get(i), file, profile, settings);
			}
		}
		else if (node instanceof ScalarNode scalar) {
			settings.add(
					new Setting(path, scalar.getValue(), profile, new Source(file, node.getStartMark().getLine() + 1)));
		}
	}

	/** Keys mapped to settings, for callers that want them all. */
	public Map<String, Setting> byKey() {
		Map<String, Setting> map = new LinkedHashMap<>();
		this.settings.forEach((setting) -> map.putIfAbsent(setting.key(), setting));
		return map;
	}

}
