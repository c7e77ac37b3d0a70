package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.source.EnvironmentReads;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.SpringConfig;

/**
 * Every environment variable a service reads: each {@code ${VAR:default}} of its
 * {@code application*.yml|properties}, grouped by the configuration key it sets, with an
 * edge to what reads that key (a class of the service or of a library module it depends
 * on, or the framework's auto-configuration for {@code spring.*}, {@code server.*},
 * {@code logging.*} and {@code management.*}); and each variable Java code reads by name.
 */
public final class EnvironmentVariablesDiagram {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	private static final List<String> FRAMEWORK_PREFIXES = List.of("spring.", "server.", "logging.", "management.");

	private final Services services;

	public EnvironmentVariablesDiagram(Services services) {
		this.services = services;
	}

	public Diagram draw(String title, String module) {
		SpringConfig config = SpringConfig.read(this.services.files(), module);
		List<JavaType> readers = new ArrayList<>(this.services.types(module));
		this.services.libraryModules(module).forEach((library) -> readers.addAll(this.services.types(library)));
		Map<String, List<SpringConfig.Setting>> groups = new TreeMap<>();
		Map<String, List<String[]>> variables = new LinkedHashMap<>();
		for (SpringConfig.Setting setting : config.settings()) {
			Matcher matcher = PLACEHOLDER.matcher(setting.value());
			while (matcher.find()) {
				String group = group(setting.key());
				groups.computeIfAbsent(group, (key) -> new ArrayList<>()).add(setting);
				variables.computeIfAbsent(group, (key) -> new ArrayList<>())
					.add(new String[] { matcher.group(1), (matcher.group(2) != null) ? matcher.group(2) : "",
							setting.profile() });
			}
		}
		Flowchart chart = Flowchart.leftToRight();
		for (Map.Entry<String, List<SpringConfig.Setting>> group : groups.entrySet()) {
			String groupKey = "cfg:" + group.getKey();
			chart.group(groupKey, group.getKey());
			List<String[]> found = variables.get(group.getKey());
			for (int i = 0; i < found.size(); i++) {
				String[] variable = found.get(i);
				String label = variable[0] + (variable[1].isEmpty() ? " (no default)" : " = " + variable[1])
						+ (variable[2].isEmpty() ? "" : " [profile " + variable[2] + "]");
				chart.nodeIn(groupKey, "env:" + group.getKey() + ":" + variable[0], label, Shape.BOX,
						List.of(group.getValue().get(i).source()));
			}
			List<Source> settingSources = group.getValue().stream().map(SpringConfig.Setting::source).toList();
			List<JavaType> readingTypes = readers.stream()
				.filter((type) -> group.getValue().stream().anyMatch((setting) -> type.readsProperty(setting.key())))
				.toList();
			if (readingTypes.isEmpty()
					&& FRAMEWORK_PREFIXES.stream().anyMatch((prefix) -> (group.getKey() + ".").startsWith(prefix))) {
				String name = autoConfiguration(group.getKey());
				chart.node("auto:" + name, name, Shape.BOX, settingSources);
				chart.edge(groupKey, "auto:" + name, "read by", Line.SOLID, settingSources);
			}
			for (JavaType type : readingTypes) {
				Source reader = Source.of(type.file());
				chart.node("class:" + type.name(), type.name(), Shape.SUBROUTINE, reader);
				List<Source> edgeSources = new ArrayList<>(settingSources);
				edgeSources.add(reader);
				chart.edge(groupKey, "class:" + type.name(), "read by", Line.SOLID, edgeSources);
			}
		}
		List<EnvironmentReads.Read> codeReads = new EnvironmentReads().read(this.services.files(), readers);
		if (!codeReads.isEmpty()) {
			chart.group("code", "read in code");
			for (EnvironmentReads.Read read : codeReads) {
				String key = "code:" + read.variable();
				chart.nodeIn("code", key,
						read.variable()
								+ (read.defaultValue().isEmpty() ? " (no default)" : " = " + read.defaultValue()),
						Shape.BOX, List.of(read.source()));
				chart.node("class:" + read.javaClass(), read.javaClass(), Shape.SUBROUTINE, read.source());
				chart.edge(key, "class:" + read.javaClass(), "read by", Line.SOLID, read.source());
			}
		}
		return Diagram.of(title,
				"Every `${VAR:default}` placeholder of `" + String.join("`, `", config.files())
						+ "`, grouped by the configuration key it sets, and what reads that key; then the variables "
						+ "Java code reads by name (`getenv`, `getProperty`, `${VAR}` in a string).",
				chart);
	}

	/**
	 * The key's parent, e.g. {@code spring.datasource} for {@code spring.datasource.url}:
	 * the settings one component reads together.
	 */
	static String group(String key) {
		int dot = key.lastIndexOf('.');
		return (dot < 0) ? key : key.substring(0, dot);
	}

	/**
	 * The framework whose auto-configuration binds a {@code spring.*}, {@code server.*},
	 * {@code logging.*} or {@code management.*} key.
	 */
	static String autoConfiguration(String group) {
		if (group.startsWith("spring.grpc")) {
			return "Spring gRPC auto-configuration";
		}
		if (group.startsWith("spring.cloud")) {
			return "Spring Cloud auto-configuration";
		}
		return "Spring Boot auto-configuration";
	}

}
