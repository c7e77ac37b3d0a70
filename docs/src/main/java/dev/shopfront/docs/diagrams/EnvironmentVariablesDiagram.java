package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.Placeholder;

/**
 * A service's environment variables: each {@code ${VAR:default}} of its application.yml,
 * grouped by the configuration key it sets, and an edge to what reads that key (a class
 * of the service or the platform, or Spring Boot's own auto-configuration for
 * {@code spring.*}, {@code server.*}, {@code logging.*}).
 */
public final class EnvironmentVariablesDiagram {

	private final Services services;

	public EnvironmentVariablesDiagram(Services services) {
		this.services = services;
	}

	public Diagram draw(String title, String module) {
		List<Placeholder> placeholders = this.services.placeholders(module);
		List<JavaType> readers = new ArrayList<>(this.services.types(module));
		readers.addAll(this.services.types("platform"));
		Map<String, List<Placeholder>> groups = new TreeMap<>();
		placeholders.forEach((placeholder) -> groups.computeIfAbsent(placeholder.group(), (key) -> new ArrayList<>())
			.add(placeholder));
		List<String> sources = new ArrayList<>(List.of(Services.applicationYaml(module)));
		StringBuilder out = new StringBuilder("flowchart LR\n");
		Map<String, String> readerNodes = new LinkedHashMap<>();
		List<String> edges = new ArrayList<>();
		for (Map.Entry<String, List<Placeholder>> group : groups.entrySet()) {
			String groupId = Mermaid.id("cfg", group.getKey());
			out.append("  subgraph ").append(groupId).append(" [").append(Mermaid.label(group.getKey())).append("]\n");
			for (Placeholder placeholder : group.getValue()) {
				String variable = placeholder.variable()
						+ (placeholder.defaultValue().isEmpty() ? " (no default)" : " = " + placeholder.defaultValue());
				out.append("    ")
					.append(Mermaid.node(Mermaid.id("env", group.getKey(), placeholder.variable()), variable))
					.append('\n');
			}
			out.append("  end\n");
			List<JavaType> readingTypes = readers.stream()
				.filter((type) -> group.getValue().stream().anyMatch((p) -> type.readsProperty(p.property())))
				.toList();
			if (readingTypes.isEmpty() && !group.getKey().startsWith("shopfront")) {
				String name = autoConfiguration(group.getKey());
				readerNodes.putIfAbsent(Mermaid.id("auto", name), Mermaid.node(Mermaid.id("auto", name), name));
				edges.add(groupId + " -->|" + Mermaid.label("read by") + "| " + Mermaid.id("auto", name));
			}
			for (JavaType type : readingTypes) {
				String id = Mermaid.id("class", type.name());
				readerNodes.putIfAbsent(id, id + "[[" + Mermaid.label(type.name()) + "]]");
				edges.add(groupId + " -->|" + Mermaid.label("read by") + "| " + id);
				sources.add(type.file());
			}
		}
		readerNodes.values().forEach((node) -> out.append("  ").append(node).append('\n'));
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid(title,
				"Every `${VAR:default}` placeholder of `" + Services.applicationYaml(module)
						+ "`, grouped by the configuration key it sets, and what reads that key.",
				out.toString(), sources);
	}

	/**
	 * The framework whose auto-configuration binds a {@code spring.*}, {@code server.*}
	 * or {@code logging.*} key.
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
