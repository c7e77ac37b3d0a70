package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.model.DataStore;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Relation;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.SystemModel;
import dev.shopfront.docs.source.JavaType;

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

	public Diagram draw(String title, App app, SystemModel model) {
		List<JavaType> types = this.services.types(app);
		String base = basePackage(types);
		Map<String, JavaType> known = new TreeMap<>();
		types.forEach((type) -> known.put(type.qualifiedName(), type));
		Map<String, List<JavaType>> byPackage = new TreeMap<>();
		types.forEach(
				(type) -> byPackage.computeIfAbsent(subPackage(base, type.packageName()), (key) -> new ArrayList<>())
					.add(type));
		Flowchart chart = Flowchart.topDown();
		for (String layer : LAYERS) {
			List<String> packages = byPackage.keySet().stream().filter((name) -> layerOf(name).equals(layer)).toList();
			if (packages.isEmpty()) {
				continue;
			}
			chart.group("layer:" + layer, layerTitle(layer));
			for (String name : packages) {
				List<JavaType> members = byPackage.get(name);
				chart.nodeIn("layer:" + layer, "pkg:" + name,
						name + "\n" + String.join("\n", members.stream().map(JavaType::name).sorted().toList()),
						Shape.BOX, members.stream().map((type) -> Source.of(type.file())).toList());
			}
		}
		for (JavaType type : types) {
			String from = subPackage(base, type.packageName());
			if (!LAYERS.contains(layerOf(from))) {
				continue;
			}
			String text = this.services.files().read(type.file());
			for (String imported : type.imports()) {
				Optional<String> target = packageOf(imported, known);
				if (target.isEmpty() || !target.get().startsWith(base + ".")) {
					continue;
				}
				String to = subPackage(base, target.get());
				if (!to.equals(from) && LAYERS.contains(layerOf(to))) {
					chart.edge("pkg:" + from, "pkg:" + to, "", Line.SOLID,
							new Source(type.file(), Source.lineOf(text, imported)));
				}
			}
			externals(chart, app, model, type, "pkg:" + from, text);
		}
		return Diagram.of(title,
				"The packages of `" + app.directory() + "` sorted into the four layers, the types in each, "
						+ "an arrow where one package imports a type of another (nested types and static imports "
						+ "resolved to the package of their top-level type), and the engines and services the "
						+ "imports reach.",
				chart);
	}

	/**
	 * The package of the module's type an import names: the longest prefix that is a
	 * known top-level type (so {@code a.b.Outer.Inner} and a static import resolve to
	 * {@code a.b}), or the import itself when it is a package (on-demand import).
	 */
	static Optional<String> packageOf(String imported, Map<String, JavaType> known) {
		String candidate = imported;
		while (candidate.contains(".")) {
			JavaType type = known.get(candidate);
			if (type != null) {
				return Optional.of(type.packageName());
			}
			candidate = candidate.substring(0, candidate.lastIndexOf('.'));
		}
		return known.values().stream().map(JavaType::packageName).filter((name) -> name.equals(imported)).findFirst();
	}

	/**
	 * The stores and services a type's imports and gRPC clients reach, drawn from the
	 * node {@code fromKey}.
	 */
	static void externals(Flowchart chart, App app, SystemModel model, JavaType type, String fromKey, String text) {
		List<String> imports = type.imports();
		for (DataStore store : app.stores()) {
			List<String> prefixes = switch (store.kind()) {
				case "REDIS" -> List.of("org.springframework.data.redis", "*Redis");
				case "KAFKA" -> List.of("org.springframework.kafka", "org.apache.kafka");
				case "MONGODB" -> List.of("org.springframework.data.mongodb");
				default -> List.of("org.springframework.jdbc", "java.sql", "jakarta.persistence",
						"org.springframework.data.jpa");
			};
			Optional<String> evidence = imports.stream()
				.filter((name) -> prefixes.stream()
					.anyMatch((prefix) -> prefix.startsWith("*")
							? name.substring(name.lastIndexOf('.') + 1).startsWith(prefix.substring(1))
							: name.startsWith(prefix)))
				.findFirst();
			if (evidence.isPresent()) {
				chart.group("external", "External");
				chart.nodeIn("external", "store:" + store.kind(), store.product(), Shape.DATABASE,
						List.of(store.source()));
				chart.edge(fromKey, "store:" + store.kind(), "", Line.SOLID,
						new Source(type.file(), Source.lineOf(text, "import " + evidence.get())));
			}
		}
		for (Relation call : model.relations("grpc")) {
			if (call.from().equals(app.name()) && call.via().equals(type.name())) {
				chart.group("external", "External");
				chart.nodeIn("external", "app:" + call.to(), call.to() + " (gRPC)", Shape.BOX, call.sources());
				chart.edge(fromKey, "app:" + call.to(), "", Line.SOLID, call.sources());
			}
		}
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
