package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.source.GatewayRoute;
import dev.shopfront.docs.source.HttpEndpoint;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.YamlFiles;

/**
 * Gateway Architecture, Features and API Endpoints, from the gateway's application.yml
 * (routes, filters, {@code shopfront.gateway.*} settings, management exposure) and its
 * Java components (filters, load balancers, controllers).
 */
public final class GatewayDiagrams {

	private static final List<String> FILTER_TYPES = List.of("GlobalFilter", "WebFilter", "GatewayFilter");

	private final Services services;

	private final App gateway;

	private final List<GatewayRoute> routes;

	private final Map<String, Object> yaml;

	private final String yamlFile;

	public GatewayDiagrams(Services services, SystemFacts system, App gateway) {
		this.services = services;
		this.gateway = gateway;
		this.routes = system.routes();
		this.yamlFile = Services.applicationYaml(gateway.module());
		this.yaml = services.files().exists(this.yamlFile) ? YamlFiles.document(services.files().read(this.yamlFile))
				: Map.of();
	}

	public Diagram architecture() {
		List<JavaType> types = this.services.types(this.gateway.module());
		String base = ServiceArchitectureDiagram.basePackage(types);
		StringBuilder out = new StringBuilder("flowchart LR\n");
		out.append("  client([").append(Mermaid.label("API client")).append("])\n");
		Map<String, List<JavaType>> byPackage = new TreeMap<>();
		types.forEach(
				(type) -> byPackage
					.computeIfAbsent(ServiceArchitectureDiagram.subPackage(base, type.packageName()),
							(key) -> new ArrayList<>())
					.add(type));
		out.append("  subgraph gw [")
			.append(Mermaid.label(this.gateway.name() + " :" + this.gateway.httpPort()))
			.append("]\n");
		byPackage.forEach((name, members) -> out.append("    ")
			.append(Mermaid.node(Mermaid.id("pkg", name),
					name + "<br/>"
							+ String.join("<br/>", members.stream().map(GatewayDiagrams::describe).sorted().toList())))
			.append('\n'));
		for (GatewayRoute route : this.routes) {
			out.append("    ")
				.append(Mermaid.node(Mermaid.id("route", route.id()), "route " + route.id() + "<br/>"
						+ String.join(" ", route.paths()) + "<br/>"
						+ String.join("<br/>",
								route.filters().stream().map((filter) -> filter.replaceAll("\\(.*", "")).toList())))
				.append('\n');
		}
		out.append("  end\n");
		TreeSet<String> edges = new TreeSet<>();
		for (GatewayRoute route : this.routes) {
			edges.add("client --> " + Mermaid.id("route", route.id()));
			edges.add(Mermaid.id("route", route.id()) + " -->|" + Mermaid.label(route.uri()) + "| "
					+ Mermaid.id("svc", route.target()));
			out.append("  ").append(Mermaid.node(Mermaid.id("svc", route.target()), route.target())).append('\n');
		}
		Map<String, String> externals = new TreeMap<>();
		for (JavaType type : types) {
			ExternalPorts.of(type, "", "database").forEach((key, label) -> {
				externals.put(key, label);
				edges.add(Mermaid.id("pkg", ServiceArchitectureDiagram.subPackage(base, type.packageName())) + " --> "
						+ Mermaid.id("ext", key));
			});
		}
		externals.forEach((key, label) -> out.append("  ")
			.append(Mermaid.id("ext", key))
			.append("[(")
			.append(Mermaid.label(label))
			.append(")]\n"));
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		List<String> sources = new ArrayList<>(types.stream().map(JavaType::file).toList());
		sources.add(this.yamlFile);
		return Diagram.mermaid("Gateway Architecture",
				"The gateway's packages (filters marked), its routes with their filters, the services they reach, and "
						+ "the external systems its classes use.",
				out.toString(), sources);
	}

	public Diagram features() {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		out.append("  ").append(Mermaid.node("gateway", this.gateway.name())).append('\n');
		Map<String, Object> settings = YamlFiles.mapAt(this.yaml, "shopfront.gateway");
		for (Map.Entry<String, Object> feature : new TreeMap<>(settings).entrySet()) {
			if (!(feature.getValue() instanceof Map<?, ?>) || feature.getKey().equals("services")) {
				continue;
			}
			List<String> lines = new ArrayList<>();
			YamlFiles.asMap(feature.getValue()).forEach((key, value) -> lines.add(key + ": " + value));
			out.append("  ")
				.append(Mermaid.node(Mermaid.id("feature", feature.getKey()),
						feature.getKey() + "<br/>" + String.join("<br/>", lines)))
				.append('\n');
			out.append("  gateway --> ").append(Mermaid.id("feature", feature.getKey())).append('\n');
		}
		TreeSet<String> filters = new TreeSet<>();
		this.routes
			.forEach((route) -> route.filters().forEach((filter) -> filters.add(filter.replaceAll("\\(.*", ""))));
		for (String filter : filters) {
			out.append("  ").append(Mermaid.node(Mermaid.id("filter", filter), "route filter " + filter)).append('\n');
			out.append("  gateway --> ").append(Mermaid.id("filter", filter)).append('\n');
		}
		List<JavaType> filterClasses = this.services.types(this.gateway.module())
			.stream()
			.filter((type) -> type.supertypes().stream().anyMatch(FILTER_TYPES::contains))
			.toList();
		for (JavaType type : filterClasses) {
			out.append("  ")
				.append(Mermaid.node(Mermaid.id("class", type.name()),
						type.name() + " (" + String.join(", ", type.supertypes()) + ")"))
				.append('\n');
			out.append("  gateway --> ").append(Mermaid.id("class", type.name())).append('\n');
		}
		List<String> sources = new ArrayList<>(List.of(this.yamlFile));
		filterClasses.forEach((type) -> sources.add(type.file()));
		return Diagram.mermaid("Gateway Features",
				"The `shopfront.gateway.*` settings sections, the filters every route applies and the filter classes.",
				out.toString(), sources);
	}

	public Diagram endpoints() {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		out.append("  ")
			.append(Mermaid.node("gateway", this.gateway.name() + " :" + this.gateway.httpPort()))
			.append('\n');
		List<String> sources = new ArrayList<>(List.of(this.yamlFile));
		out.append("  subgraph proxied [").append(Mermaid.label("Routes")).append("]\n");
		for (GatewayRoute route : this.routes) {
			for (String path : route.paths()) {
				out.append("    ")
					.append(Mermaid.node(Mermaid.id("path", route.id(), path), path + " → " + route.target()))
					.append('\n');
			}
		}
		out.append("  end\n  gateway --> proxied\n");
		for (JavaType type : this.services.types(this.gateway.module())) {
			if (type.endpoints().isEmpty()) {
				continue;
			}
			sources.add(type.file());
			out.append("  subgraph ")
				.append(Mermaid.id("ctl", type.name()))
				.append(" [")
				.append(Mermaid.label(type.name()))
				.append("]\n");
			for (HttpEndpoint endpoint : type.endpoints()) {
				out.append("    ")
					.append(Mermaid.node(Mermaid.id("ep", type.name(), endpoint.method(), endpoint.path()),
							endpoint.method() + " " + endpoint.path()))
					.append('\n');
			}
			out.append("  end\n  gateway --> ").append(Mermaid.id("ctl", type.name())).append('\n');
		}
		List<String> operations = managementPaths();
		if (!operations.isEmpty()) {
			out.append("  subgraph ops [").append(Mermaid.label("Operations (Actuator)")).append("]\n");
			operations.forEach((path) -> out.append("    ")
				.append(Mermaid.node(Mermaid.id("ops", path), "GET " + path))
				.append('\n'));
			out.append("  end\n  gateway --> ops\n");
		}
		return Diagram.mermaid("Gateway API Endpoints",
				"Proxied route paths, the gateway's own controllers and the Actuator endpoints its configuration exposes.",
				out.toString(), sources);
	}

	private List<String> managementPaths() {
		return ActuatorPaths.of(List.of(this.yaml));
	}

	private static String describe(JavaType type) {
		return type.supertypes().stream().anyMatch(FILTER_TYPES::contains) ? type.name() + " (filter)" : type.name();
	}

}
