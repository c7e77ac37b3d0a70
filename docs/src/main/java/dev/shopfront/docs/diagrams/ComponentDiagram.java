package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.SystemModel;
import dev.shopfront.docs.source.JavaType;

/**
 * C4 level 3: the components of one app, drawn as a flowchart styled like C4 (Mermaid's
 * own C4 syntax lays out poorly). A component is a Spring bean of the module: a class
 * with a stereotype annotation ({@code @RestController}, {@code @Component},
 * {@code @Service}, ...), or a type a {@code @Bean} method of a {@code @Configuration}
 * class returns or creates. Each is placed by its kind: entry points (controllers, gRPC
 * services, listeners, schedulers, filters), handlers and other application classes,
 * ports (interfaces of the module that a component implements) and adapters. An arrow
 * where one component's source names another; a dotted one where an adapter implements a
 * port; then the stores and services the components reach.
 */
public final class ComponentDiagram {

	private static final List<String> STEREOTYPES = List.of("RestController", "Controller", "Component", "Service",
			"Repository", "GrpcService");

	private static final List<String> FILTERS = List.of("WebFilter", "GlobalFilter", "GatewayFilter");

	private final Services services;

	public ComponentDiagram(Services services) {
		this.services = services;
	}

	public Diagram draw(String title, App app, SystemModel model) {
		List<JavaType> types = this.services.types(app);
		Map<String, JavaType> byName = new LinkedHashMap<>();
		types.forEach((type) -> byName.putIfAbsent(type.name(), type));
		Map<String, JavaType> components = new LinkedHashMap<>();
		for (JavaType type : types) {
			if (type.kind().equals("class") && type.annotations().stream().anyMatch(STEREOTYPES::contains)) {
				components.put(type.name(), type);
			}
			if (type.isAnnotated("Configuration")) {
				beanTypes(type).stream()
					.map(byName::get)
					.filter((found) -> found != null)
					.forEach((found) -> components.putIfAbsent(found.name(), found));
			}
		}
		// Ports: the module's interfaces a component implements.
		for (JavaType component : List.copyOf(components.values())) {
			component.supertypes()
				.stream()
				.map(byName::get)
				.filter((found) -> found != null && found.kind().equals("interface"))
				.forEach((port) -> components.putIfAbsent(port.name(), port));
		}
		String base = ServiceArchitectureDiagram.basePackage(types);
		Flowchart chart = Flowchart.topDown();
		chart.classDef("component", "fill:#85bbf0,stroke:#5d82a8,color:#000000");
		chart.classDef("port", "fill:#ffffff,stroke:#5d82a8,color:#000000,stroke-dasharray:4 2");
		chart.classDef("external", "fill:#999999,stroke:#6b6b6b,color:#ffffff");
		Source application = Source.of(Services.applicationYaml(app.module()));
		chart.group("container", app.name() + " [container]", application);
		for (String kind : List.of("entry", "application", "port", "adapter", "other")) {
			for (JavaType type : components.values()) {
				if (!kindOf(type, base).equals(kind)) {
					continue;
				}
				chart.groupIn("kind:" + kind, title(kind), "container", application);
				chart.nodeIn("kind:" + kind, type.name(), type.name() + "\n[" + technology(type) + "]",
						kind.equals("port") ? Shape.ROUND : Shape.BOX, List.of(Source.of(type.file())));
				chart.style(type.name(), kind.equals("port") ? "port" : "component");
			}
		}
		for (JavaType from : components.values()) {
			String text = this.services.files().read(from.file());
			for (JavaType to : components.values()) {
				if (from == to || !from.referencedNames().contains(to.name())) {
					continue;
				}
				Source source = new Source(from.file(), Source.lineOf(text, to.name()));
				if (from.supertypes().contains(to.name())) {
					chart.edge(from.name(), to.name(), "implements", Line.DOTTED, source);
				}
				else if (!isConfiguration(from)) {
					chart.edge(from.name(), to.name(), "", Line.SOLID, source);
				}
			}
			ServiceArchitectureDiagram.externals(chart, app, model, from, from.name(), text);
		}
		for (var store : app.stores()) {
			if (chart.has("store:" + store.kind())) {
				chart.style("store:" + store.kind(), "external");
			}
		}
		model.relations("grpc")
			.stream()
			.filter((call) -> call.from().equals(app.name()) && chart.has("app:" + call.to()))
			.forEach((call) -> chart.style("app:" + call.to(), "external"));
		return Diagram.of(title,
				"C4 level 3: the Spring beans of `" + app.directory() + "` (stereotype-annotated classes and the types "
						+ "its `@Bean` methods return or create) by kind: entry points, application classes, ports "
						+ "(dashed: the module's interfaces a bean implements) and adapters; an arrow where one "
						+ "names another, dotted where an adapter implements a port; grey: the stores and services "
						+ "they reach.",
				chart);
	}

	/**
	 * The simple names a configuration class's {@code @Bean} methods return or create.
	 */
	private List<String> beanTypes(JavaType configuration) {
		TreeSet<String> names = new TreeSet<>();
		Optional<CompilationUnit> unit = this.services.files().java(configuration.file());
		unit.ifPresent((parsed) -> parsed.findAll(MethodDeclaration.class)
			.stream()
			.filter((method) -> method.getAnnotationByName("Bean").isPresent())
			.forEach((method) -> {
				names.add(method.getType().asString().replaceAll("<.*", ""));
				method.findAll(ObjectCreationExpr.class)
					.forEach((created) -> names.add(created.getType().getNameAsString()));
			}));
		return new ArrayList<>(names);
	}

	private static boolean isConfiguration(JavaType type) {
		return type.isAnnotated("Configuration");
	}

	/** entry, application, port, adapter or other, from the type and its package. */
	static String kindOf(JavaType type, String base) {
		if (type.kind().equals("interface")) {
			return "port";
		}
		String layer = ServiceArchitectureDiagram
			.layerOf(ServiceArchitectureDiagram.subPackage(base, type.packageName()));
		boolean entry = !type.endpoints().isEmpty() || !type.kafkaTopics().isEmpty()
				|| type.annotations()
					.stream()
					.anyMatch((name) -> name.endsWith("Controller") || name.equals("GrpcService"))
				|| type.supertypes().stream().anyMatch((name) -> name.endsWith("ImplBase") || FILTERS.contains(name));
		if (entry || layer.equals("interfaces")) {
			return "entry";
		}
		return switch (layer) {
			case "application", "domain" -> "application";
			case "infrastructure" -> "adapter";
			default -> "other";
		};
	}

	private static String title(String kind) {
		return switch (kind) {
			case "entry" -> "Entry points";
			case "application" -> "Application";
			case "port" -> "Ports";
			case "adapter" -> "Adapters";
			default -> "Other beans";
		};
	}

	/** The C4 technology line: what kind of bean, from its annotations and supertypes. */
	private static String technology(JavaType type) {
		if (type.kind().equals("interface")) {
			return "port";
		}
		if (!type.endpoints().isEmpty()
				|| type.annotations().stream().anyMatch((name) -> name.endsWith("Controller"))) {
			return "HTTP controller";
		}
		if (type.supertypes().stream().anyMatch((name) -> name.endsWith("ImplBase"))) {
			return "gRPC service";
		}
		if (!type.kafkaTopics().isEmpty()) {
			return "Kafka listener";
		}
		return type.supertypes()
			.stream()
			.filter((name) -> !name.equals("Ordered"))
			.findFirst()
			.map((name) -> "implements " + name)
			.orElse("class");
	}

}
