package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.source.FilterOrders;
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

	/**
	 * The request pipeline in the order Spring runs it: the web filters by their order,
	 * route matching, then the global filters and each route's filters (a route filter's
	 * order is its place in the route, 1 for the first) merged by order, ending in the
	 * framework's load balancer ({@code lb://} routes) and proxy filters.
	 */
	public Diagram architecture() {
		List<JavaType> types = this.services.types(this.gateway.module());
		List<FilterOrders.OrderedFilter> filters = new FilterOrders(this.services.files()).read(types);
		String yamlText = this.services.files().exists(this.yamlFile) ? this.services.files().read(this.yamlFile) : "";
		Source yamlSource = Source.of(this.yamlFile);
		Flowchart chart = Flowchart.topDown();
		chart.classDef("framework", "fill:#eeeeee,stroke:#888888,color:#333333");
		chart.node("client", "API client", Shape.STADIUM, yamlSource);
		chart.group("gw", this.gateway.name() + " :" + this.gateway.httpPort(), yamlSource);
		chart.groupIn("web", "1. Web filters, every request", "gw", yamlSource);
		chart.groupIn("routing", "2. Gateway filters of the matched route, by order", "gw", yamlSource);
		String previous = "client";
		for (FilterOrders.OrderedFilter filter : filters) {
			if (!filter.stage().equals("web")) {
				continue;
			}
			chart.nodeIn("web", "filter:" + filter.name(), filter.name() + "\norder " + order(filter), Shape.BOX,
					List.of(filter.source()));
			chart.edge(previous, "filter:" + filter.name(), "", Line.SOLID, filter.source());
			previous = "filter:" + filter.name();
		}
		List<Source> routeSources = new ArrayList<>();
		for (GatewayRoute route : this.routes) {
			routeSources.add(new Source(this.yamlFile, Source.lineOf(yamlText, "id: " + route.id())));
		}
		if (routeSources.isEmpty()) {
			routeSources.add(yamlSource);
		}
		chart.nodeIn("gw", "match", "route by path\n" + this.routes.size() + " routes", Shape.RHOMBUS, routeSources);
		chart.edge(previous, "match", "", Line.SOLID, routeSources);
		previous = "match";
		for (Step step : gatewaySteps(filters, yamlText)) {
			chart.nodeIn("routing", step.key(), step.label(), Shape.BOX, step.sources());
			if (step.framework()) {
				chart.style(step.key(), "framework");
			}
			chart.edge(previous, step.key(), "", Line.SOLID, step.sources());
			previous = step.key();
			if (step.key().equals("route:CircuitBreaker")) {
				fallbacks(chart, step, yamlText);
			}
		}
		for (GatewayRoute route : this.routes) {
			Source source = new Source(this.yamlFile, Source.lineOf(yamlText, "id: " + route.id()));
			chart.node("svc:" + route.target(), route.target(), Shape.BOX, source);
			chart.edge(previous, "svc:" + route.target(), String.join(" ", route.paths()), Line.SOLID, source);
		}
		for (JavaType type : types) {
			if (filters.stream().noneMatch((filter) -> filter.name().equals(type.name()))) {
				continue;
			}
			ExternalPorts.of(type, "", "database").forEach((key, label) -> {
				chart.node("ext:" + key, label, Shape.DATABASE, Source.of(type.file()));
				chart.edge("filter:" + type.name(), "ext:" + key, "", Line.DOTTED, Source.of(type.file()));
			});
		}
		return Diagram.of("Gateway Architecture",
				"The filter pipeline a request runs through, in the order Spring sorts it: the web filters by their "
						+ "`getOrder()`, route matching by path, then the global filters and each route's filters "
						+ "(order = place in the route) merged by order, ending in Spring Cloud Gateway's load "
						+ "balancer and proxy filters (grey). Dotted: fallbacks and the stores a filter uses.",
				chart);
	}

	/** A node of the gateway stage, at its order. */
	private record Step(String key, String label, long order, boolean framework, List<Source> sources) {
	}

	private List<Step> gatewaySteps(List<FilterOrders.OrderedFilter> filters, String yamlText) {
		List<Step> steps = new ArrayList<>();
		for (FilterOrders.OrderedFilter filter : filters) {
			if (filter.stage().equals("gateway")) {
				steps.add(new Step("filter:" + filter.name(), filter.name() + "\norder " + order(filter),
						filter.order().orElse((long) Integer.MAX_VALUE), false, List.of(filter.source())));
			}
		}
		// A route's filters are ordered by their place in it; merged over the routes.
		Map<String, List<String>> routesByFilter = new java.util.LinkedHashMap<>();
		Map<String, Integer> places = new java.util.LinkedHashMap<>();
		for (GatewayRoute route : this.routes) {
			for (int i = 0; i < route.filters().size(); i++) {
				String name = route.filters().get(i).replaceAll("[(=].*", "");
				routesByFilter.computeIfAbsent(name, (key) -> new ArrayList<>()).add(route.id());
				places.putIfAbsent(name, i + 1);
			}
		}
		routesByFilter.forEach((name, routeIds) -> {
			String which = (routeIds.size() == this.routes.size()) ? "every route" : String.join(", ", routeIds);
			steps.add(new Step("route:" + name, name + "\norder " + places.get(name) + ", " + which, places.get(name),
					false,
					routeIds.stream()
						.map((id) -> new Source(this.yamlFile, Source.lineOf(yamlText, "id: " + id)))
						.toList()));
		});
		List<String> loadBalancers = this.services.types(this.gateway.module())
			.stream()
			.filter((type) -> type.supertypes().contains("ReactorServiceInstanceLoadBalancer"))
			.map(JavaType::name)
			.toList();
		List<Source> balanced = this.routes.stream()
			.filter((route) -> route.uri().startsWith("lb://"))
			.map((route) -> new Source(this.yamlFile, Source.lineOf(yamlText, "uri: " + route.uri())))
			.toList();
		if (!balanced.isEmpty()) {
			List<Source> sources = new ArrayList<>(balanced);
			this.services.types(this.gateway.module())
				.stream()
				.filter((type) -> loadBalancers.contains(type.name()))
				.forEach((type) -> sources.add(Source.of(type.file())));
			steps.add(new Step("lb",
					"ReactiveLoadBalancerClientFilter\norder "
							+ FilterOrders.FRAMEWORK.get("LOAD_BALANCER_CLIENT_FILTER_ORDER") + ": lb:// to an instance"
							+ (loadBalancers.isEmpty() ? "" : "\n" + String.join(", ", loadBalancers)),
					FilterOrders.FRAMEWORK.get("LOAD_BALANCER_CLIENT_FILTER_ORDER"), true, sources));
		}
		if (!this.routes.isEmpty()) {
			List<Source> proxied = this.routes.stream()
				.map((route) -> new Source(this.yamlFile, Source.lineOf(yamlText, "uri: " + route.uri())))
				.toList();
			steps.add(new Step("proxy", "NettyRoutingFilter\norder LOWEST_PRECEDENCE: proxies the call",
					Integer.MAX_VALUE, true, proxied));
		}
		// Stable: on equal orders the global filters come first, as in Spring's merge.
		steps.sort(java.util.Comparator.comparingLong(Step::order));
		return steps;
	}

	private void fallbacks(Flowchart chart, Step breaker, String yamlText) {
		for (GatewayRoute route : this.routes) {
			route.filters()
				.stream()
				.filter((filter) -> filter.startsWith("CircuitBreaker(") && filter.contains("fallbackUri="))
				.map((filter) -> filter.replaceAll(".*fallbackUri=([^,)]*).*", "$1"))
				.forEach((uri) -> {
					Source source = new Source(this.yamlFile, Source.lineOf(yamlText, "fallbackUri: " + uri));
					String path = uri.replaceFirst("^forward:", "").replaceAll("/[^/]*$", "/*");
					chart.nodeIn("gw", "fallback:" + path, "fallback " + path + "\n503 problem+json", Shape.ROUND,
							List.of(source));
					chart.edge(breaker.key(), "fallback:" + path, "open or no answer", Line.DOTTED, source);
				});
		}
	}

	private static String order(FilterOrders.OrderedFilter filter) {
		return filter.order().map(FilterOrders::describe).orElse(filter.expression());
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
