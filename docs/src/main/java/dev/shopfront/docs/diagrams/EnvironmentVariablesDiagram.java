package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
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
 * A service with many settings gets several charts, split between configuration keys.
 */
public final class EnvironmentVariablesDiagram {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	static final int MAX_NODES = 40;

	private static final List<String> FRAMEWORK_PREFIXES = List.of("spring.", "server.", "logging.", "management.");

	private final Services services;

	public EnvironmentVariablesDiagram(Services services) {
		this.services = services;
	}

	public List<Diagram> draw(String title, String module) {
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
		List<Part> parts = new ArrayList<>();
		for (Map.Entry<String, List<SpringConfig.Setting>> group : groups.entrySet()) {
			parts.add(configGroup(group.getKey(), group.getValue(), variables.get(group.getKey()), readers));
		}
		List<EnvironmentReads.Read> codeReads = new EnvironmentReads().read(this.services.files(), readers);
		if (!codeReads.isEmpty()) {
			parts.add(codeReads(codeReads));
		}
		List<Flowchart> charts = inCharts(parts);
		String description = "Every `${VAR:default}` placeholder of `" + String.join("`, `", config.files())
				+ "`, grouped by the configuration key it sets, and what reads that key; then the variables "
				+ "Java code reads by name (`getenv`, `getProperty`, `${VAR}` in a string).";
		List<Diagram> diagrams = new ArrayList<>();
		for (int i = 0; i < charts.size(); i++) {
			diagrams
				.add(Diagram.of((charts.size() == 1) ? title : title + " (" + (i + 1) + " of " + charts.size() + ")",
						(i == 0) ? description : "Continued: the next configuration keys, in the same order.",
						charts.get(i)));
		}
		return diagrams;
	}

	/**
	 * Parts in key order, as many to a chart as fit in {@link #MAX_NODES} nodes (a node
	 * two parts share counts once), so that no chart becomes a wall.
	 */
	private static List<Flowchart> inCharts(List<Part> parts) {
		List<Flowchart> charts = new ArrayList<>();
		List<Part> chunk = new ArrayList<>();
		Set<String> nodes = new HashSet<>();
		for (Part part : parts) {
			Set<String> together = new HashSet<>(nodes);
			together.addAll(part.nodes());
			if (!chunk.isEmpty() && together.size() > MAX_NODES) {
				charts.add(chart(chunk));
				chunk = new ArrayList<>();
				together = new HashSet<>(part.nodes());
			}
			chunk.add(part);
			nodes = together;
		}
		if (!chunk.isEmpty() || charts.isEmpty()) {
			charts.add(chart(chunk));
		}
		return charts;
	}

	private static Flowchart chart(List<Part> parts) {
		Flowchart chart = Flowchart.leftToRight();
		parts.forEach((part) -> part.drawing().accept(chart));
		return chart;
	}

	private Part configGroup(String key, List<SpringConfig.Setting> settings, List<String[]> found,
			List<JavaType> readers) {
		String groupKey = "cfg:" + key;
		Set<String> nodes = new HashSet<>();
		found.forEach((variable) -> nodes.add("env:" + key + ":" + variable[0]));
		List<Source> settingSources = settings.stream().map(SpringConfig.Setting::source).toList();
		List<JavaType> readingTypes = readers.stream()
			.filter((type) -> settings.stream().anyMatch((setting) -> type.readsProperty(setting.key())))
			.toList();
		boolean framework = readingTypes.isEmpty()
				&& FRAMEWORK_PREFIXES.stream().anyMatch((prefix) -> (key + ".").startsWith(prefix));
		String auto = autoConfiguration(key);
		if (framework) {
			nodes.add("auto:" + auto);
		}
		readingTypes.forEach((type) -> nodes.add("class:" + type.name()));
		return new Part(nodes, (chart) -> {
			chart.group(groupKey, key);
			for (int i = 0; i < found.size(); i++) {
				String[] variable = found.get(i);
				String label = variable[0] + (variable[1].isEmpty() ? " (no default)" : " = " + variable[1])
						+ (variable[2].isEmpty() ? "" : " [profile " + variable[2] + "]");
				chart.nodeIn(groupKey, "env:" + key + ":" + variable[0], label, Shape.BOX,
						List.of(settings.get(i).source()));
			}
			if (framework) {
				chart.node("auto:" + auto, auto, Shape.BOX, settingSources);
				chart.edge(groupKey, "auto:" + auto, "read by", Line.SOLID, settingSources);
			}
			for (JavaType type : readingTypes) {
				Source reader = Source.of(type.file());
				chart.node("class:" + type.name(), type.name(), Shape.SUBROUTINE, reader);
				List<Source> edgeSources = new ArrayList<>(settingSources);
				edgeSources.add(reader);
				chart.edge(groupKey, "class:" + type.name(), "read by", Line.SOLID, edgeSources);
			}
		});
	}

	private static Part codeReads(List<EnvironmentReads.Read> codeReads) {
		Set<String> nodes = new HashSet<>();
		codeReads.forEach((read) -> {
			nodes.add("code:" + read.variable());
			nodes.add("class:" + read.javaClass());
		});
		return new Part(nodes, (chart) -> {
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
		});
	}

	/**
	 * What one configuration group (or the code's reads) adds to a chart, and its nodes.
	 */
	private record Part(Set<String> nodes, Consumer<Flowchart> drawing) {
	}

	/**
	 * The key's parent, e.g. {@code spring.datasource} for {@code spring.datasource.url}:
	 * the settings one component reads together.
	 */
	static String group(String key) {
		// A bracketed map key such as [http.server.requests] is one segment, dots and
		// all.
		int bracket = key.lastIndexOf(".[");
		if (bracket >= 0 && key.endsWith("]")) {
			return key.substring(0, bracket);
		}
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
