package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.Actor;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.model.DataStore;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Relation;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.SystemModel;

/**
 * The system-level pictures, each a function of the {@link SystemModel} only: System
 * Overview, Service Communication Flow, the C4 context and container views (flowcharts
 * styled as C4, which render reliably where Mermaid's C4 syntax does not) and the service
 * dependency graph.
 */
public final class SystemDiagrams {

	static final String PERSON = "fill:#08427b,color:#fff,stroke:#052e56";

	static final String SYSTEM = "fill:#1168bd,color:#fff,stroke:#0b4884";

	static final String CONTAINER = "fill:#438dd5,color:#fff,stroke:#2e6295";

	static final String STORE = "fill:#eef3f9,color:#1b3a57,stroke:#2e6295";

	private final SystemModel model;

	public SystemDiagrams(SystemModel model) {
		this.model = model;
	}

	public Diagram overview() {
		Flowchart chart = Flowchart.topDown();
		actors(chart);
		chart.group("apps", "Applications");
		for (App app : this.model.apps()) {
			chart.nodeIn("apps", app.name(), app.name() + "\n" + ports(app), Shape.BOX, app.sources());
		}
		stores(chart);
		for (Relation relation : this.model.relations()) {
			switch (relation.kind()) {
				case "http" -> chart.edge(relation.from(), relation.to(), "HTTP", Line.SOLID, relation.sources());
				case "grpc" -> chart.edge(relation.from(), relation.to(), "gRPC", Line.SOLID, relation.sources());
				case "store" ->
					chart.edge(relation.from(), "store:" + relation.to(), "", Line.SOLID, relation.sources());
				default -> {
				}
			}
		}
		return Diagram.of("System Overview",
				"The Spring Boot applications (each `@SpringBootApplication` with the ports its configuration sets), "
						+ "the people and systems `docs/architecture.yml` names, the gateway's routes, the gRPC calls "
						+ "between apps and the engines each app's configuration connects to.",
				chart);
	}

	public Diagram communicationFlow() {
		Flowchart chart = Flowchart.leftToRight();
		for (App app : this.model.apps()) {
			chart.node(app.name(), app.name(), Shape.BOX, app.sources());
		}
		for (Relation relation : this.model.relations("http")) {
			boolean byClass = !relation.via().isEmpty() && !relation.via().startsWith("route ")
					&& !relation.via().equals(relation.label());
			chart.edge(relation.from(), relation.to(),
					"HTTP " + relation.label() + (byClass ? " (" + relation.via() + ")" : ""), Line.SOLID,
					relation.sources());
		}
		for (Relation relation : this.model.relations("grpc")) {
			chart.edge(relation.from(), relation.to(), "gRPC " + relation.label() + " (" + relation.via() + ")",
					Line.SOLID, relation.sources());
		}
		Map<String, TreeSet<String>> published = new TreeMap<>();
		Map<String, List<Source>> publishedSources = new TreeMap<>();
		for (Relation relation : this.model.relations("kafka-publish")) {
			String key = relation.from() + "|" + relation.mechanism();
			published.computeIfAbsent(key, (k) -> new TreeSet<>()).add(relation.to());
			publishedSources.computeIfAbsent(key, (k) -> new ArrayList<>()).addAll(relation.sources());
		}
		Map<String, TreeSet<String>> consumed = new TreeMap<>();
		Map<String, List<Source>> consumedSources = new TreeMap<>();
		for (Relation relation : this.model.relations("kafka-consume")) {
			consumed.computeIfAbsent(relation.from(), (k) -> new TreeSet<>()).add(relation.to());
			consumedSources.computeIfAbsent(relation.from(), (k) -> new ArrayList<>()).addAll(relation.sources());
		}
		DataStore kafka = this.model.stores().get("KAFKA");
		if (kafka != null || !published.isEmpty() || !consumed.isEmpty()) {
			List<Source> kafkaSources = new ArrayList<>();
			if (kafka != null) {
				kafkaSources.add(kafka.source());
			}
			this.model.topics().forEach((topic) -> kafkaSources.addAll(topic.sources()));
			chart.node("kafka", "Kafka", Shape.DATABASE, kafkaSources);
			published.forEach((key, topics) -> {
				String app = key.substring(0, key.indexOf('|'));
				String how = key.endsWith("|outbox") ? "outbox → " : "";
				chart.edge(app, "kafka", how + String.join(", ", topics), Line.DOTTED, publishedSources.get(key));
			});
			consumed.forEach((app, topics) -> chart.edge("kafka", app, String.join(", ", topics), Line.DOTTED,
					consumedSources.get(app)));
		}
		return Diagram.of("Service Communication Flow",
				"Synchronous calls (gateway routes over HTTP, gRPC rpcs each client class calls) as solid arrows, "
						+ "Kafka topics as dotted arrows.",
				chart);
	}

	public Diagram contextView() {
		Flowchart chart = Flowchart.topDown();
		actors(chart, false);
		List<Source> appSources = new ArrayList<>();
		this.model.apps().forEach((app) -> appSources.addAll(app.sources()));
		chart.node("system", this.model.name() + "\n[Software System]\n" + this.model.apps().size() + " applications: "
				+ String.join(", ", this.model.apps().stream().map(App::name).toList()), Shape.BOX, appSources);
		chart.classDef("system", SYSTEM).style("system", "system");
		for (Actor actor : this.model.actors()) {
			String entry = entry(actor);
			String how = this.model.app(entry).map((app) -> "HTTP :" + app.httpPort()).orElse("uses");
			chart.edge("actor:" + actor.name(), "system", how, Line.SOLID, actor.sources());
		}
		return Diagram.of("C4 Context View",
				"Who uses the system (C4 level 1), as `docs/architecture.yml` names them, around the system "
						+ "whose applications the code declares.",
				chart);
	}

	public Diagram containerView() {
		Flowchart chart = Flowchart.topDown();
		actors(chart);
		chart.group("boundary", this.model.name() + " [system boundary]");
		for (App app : this.model.apps()) {
			chart.nodeIn("boundary", app.name(), app.name() + "\n[Container: Spring Boot]\n" + ports(app), Shape.BOX,
					app.sources());
			chart.style(app.name(), "container");
		}
		for (Map.Entry<String, DataStore> store : this.model.stores().entrySet()) {
			chart.nodeIn("boundary", "store:" + store.getKey(),
					store.getValue().label() + "\n[" + (store.getKey().equals("KAFKA") ? "Queue" : "Database") + "]",
					Shape.DATABASE, List.of(store.getValue().source()));
			chart.style("store:" + store.getKey(), "store");
		}
		for (Actor actor : this.model.actors()) {
			chart.edge("actor:" + actor.name(), entry(actor), "HTTP", Line.SOLID, actor.sources());
		}
		for (Relation relation : this.model.relations()) {
			switch (relation.kind()) {
				case "http" -> chart.edge(relation.from(), relation.to(), "HTTP", Line.SOLID, relation.sources());
				case "grpc" -> chart.edge(relation.from(), relation.to(), "gRPC", Line.SOLID, relation.sources());
				case "store" -> chart.edge(relation.from(), "store:" + relation.to(),
						relation.to().equals("KAFKA") ? "events" : "reads/writes", Line.SOLID, relation.sources());
				default -> {
				}
			}
		}
		chart.classDef("container", CONTAINER).classDef("store", STORE);
		return Diagram.of("C4 Container View",
				"The applications and engines inside the system (C4 level 2) and how they connect.", chart);
	}

	public Diagram dependencyGraph() {
		Flowchart chart = Flowchart.leftToRight();
		for (App app : this.model.apps()) {
			chart.node(app.name(), app.name(), Shape.BOX, app.sources());
		}
		stores(chart);
		for (Relation relation : this.model.relations()) {
			if (relation.synchronous()) {
				chart.edge(relation.from(), relation.to(), "", Line.SOLID, relation.sources());
			}
			else if (relation.kind().equals("store")) {
				chart.edge(relation.from(), "store:" + relation.to(), "", Line.DOTTED, relation.sources());
			}
		}
		return Diagram.of("Service Dependency Graph",
				"What each app needs at run time: solid arrows to other apps (HTTP, gRPC), dotted arrows to engines.",
				chart);
	}

	private void actors(Flowchart chart) {
		actors(chart, true);
	}

	private void actors(Flowchart chart, boolean toApps) {
		for (Actor actor : this.model.actors()) {
			chart.node("actor:" + actor.name(),
					actor.name() + "\n[" + (actor.person() ? "Person" : "External System") + "]"
							+ (actor.description().isEmpty() ? "" : "\n" + actor.description()),
					actor.person() ? Shape.STADIUM : Shape.BOX, actor.sources());
			chart.style("actor:" + actor.name(), actor.person() ? "person" : "external");
		}
		if (!this.model.actors().isEmpty()) {
			chart.classDef("person", PERSON).classDef("external", "fill:#999999,color:#fff,stroke:#6b6b6b");
		}
		for (Actor actor : toApps ? this.model.actors() : List.<Actor>of()) {
			String entry = entry(actor);
			if (this.model.app(entry).isPresent()) {
				chart.edge("actor:" + actor.name(), entry, "HTTP", Line.SOLID, actor.sources());
			}
		}
	}

	/** The app an actor calls: the one it names, else the first gateway. */
	private String entry(Actor actor) {
		if (!actor.uses().isEmpty()) {
			return actor.uses();
		}
		return this.model.gateways().stream().map(App::name).findFirst().orElse("");
	}

	private void stores(Flowchart chart) {
		for (Map.Entry<String, DataStore> store : this.model.stores().entrySet()) {
			chart.node("store:" + store.getKey(), store.getValue().label(), Shape.DATABASE,
					List.of(store.getValue().source()));
		}
	}

	private static String ports(App app) {
		return "HTTP :" + app.httpPort() + ((app.grpcPort() != 0) ? ", gRPC :" + app.grpcPort() : "");
	}

}
