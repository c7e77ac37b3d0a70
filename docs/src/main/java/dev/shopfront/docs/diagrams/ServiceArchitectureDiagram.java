package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.YamlFiles;

/**
 * A service's layers as its packages are: interfaces, application (command and query
 * sides), domain and infrastructure, each sub-package a box listing its types; an arrow
 * where a sub-package imports another, and arrows to the external systems the imports
 * reveal.
 */
public final class ServiceArchitectureDiagram {

	private static final List<String> LAYERS = List.of("interfaces", "application", "domain", "infrastructure");

	private final Services services;

	public ServiceArchitectureDiagram(Services services) {
		this.services = services;
	}

	public Diagram draw(String title, String app, String module) {
		List<JavaType> types = this.services.types(module);
		String base = basePackage(types);
		String ownProto = app.replace("-service", "");
		String yamlFile = Services.applicationYaml(module);
		Map<String, Object> yaml = this.services.files().exists(yamlFile)
				? YamlFiles.document(this.services.files().read(yamlFile)) : Map.of();
		String database = ExternalPorts.database(yaml).orElse("database");
		Map<String, List<JavaType>> byPackage = new TreeMap<>();
		types.forEach(
				(type) -> byPackage.computeIfAbsent(subPackage(base, type.packageName()), (key) -> new ArrayList<>())
					.add(type));
		StringBuilder out = new StringBuilder("flowchart TB\n");
		for (String layer : LAYERS) {
			List<String> packages = byPackage.keySet().stream().filter((name) -> layerOf(name).equals(layer)).toList();
			if (packages.isEmpty()) {
				continue;
			}
			out.append("  subgraph ")
				.append(Mermaid.id("layer", layer))
				.append(" [")
				.append(Mermaid.label(layerTitle(layer)))
				.append("]\n");
			for (String name : packages) {
				List<String> names = byPackage.get(name).stream().map(JavaType::name).sorted().toList();
				out.append("    ")
					.append(Mermaid.node(Mermaid.id("pkg", name), name + "<br/>" + String.join("<br/>", names)))
					.append('\n');
			}
			out.append("  end\n");
		}
		TreeSet<String> edges = new TreeSet<>();
		Map<String, String> externals = new TreeMap<>();
		for (JavaType type : types) {
			String from = subPackage(base, type.packageName());
			if (!LAYERS.contains(layerOf(from))) {
				continue;
			}
			for (String imported : type.imports()) {
				if (imported.startsWith(base + ".")) {
					String to = subPackage(base, imported.substring(0, imported.lastIndexOf('.')));
					if (!to.equals(from) && LAYERS.contains(layerOf(to))) {
						edges.add(Mermaid.id("pkg", from) + " --> " + Mermaid.id("pkg", to));
					}
				}
			}
			ExternalPorts.of(type, ownProto, database).forEach((key, label) -> {
				externals.put(key, label);
				edges.add(Mermaid.id("pkg", from) + " --> " + Mermaid.id("ext", key));
			});
		}
		if (!externals.isEmpty()) {
			out.append("  subgraph external [").append(Mermaid.label("External")).append("]\n");
			externals.forEach((key, label) -> out.append("    ")
				.append(key.startsWith("grpc:") ? Mermaid.node(Mermaid.id("ext", key), label)
						: Mermaid.id("ext", key) + "[(" + Mermaid.label(label) + ")]")
				.append('\n'));
			out.append("  end\n");
		}
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		List<String> sources = new ArrayList<>(types.stream().map(JavaType::file).toList());
		if (this.services.files().exists(yamlFile)) {
			sources.add(yamlFile);
		}
		return Diagram.mermaid(title,
				"The packages of `" + module + "` sorted into the four layers, the types in each, "
						+ "an arrow where one package imports another, and the external systems the imports use.",
				out.toString(), sources);
	}

	private static String layerTitle(String layer) {
		return switch (layer) {
			case "interfaces" -> "Interfaces (HTTP, gRPC, messaging)";
			case "application" -> "Application (commands and queries)";
			case "domain" -> "Domain";
			default -> "Infrastructure";
		};
	}

	/**
	 * The shortest package of the module: where the Spring Boot application class lives.
	 */
	static String basePackage(List<JavaType> types) {
		return types.stream()
			.map(JavaType::packageName)
			.min((a, b) -> Integer.compare(a.length(), b.length()))
			.orElse("");
	}

	static String subPackage(String base, String packageName) {
		return packageName.equals(base) ? "(root)" : packageName.substring(base.length() + 1);
	}

	static String layerOf(String subPackage) {
		int dot = subPackage.indexOf('.');
		return (dot < 0) ? subPackage : subPackage.substring(0, dot);
	}

}
