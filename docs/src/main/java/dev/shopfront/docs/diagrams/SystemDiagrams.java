package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.AppDeclaration;
import dev.shopfront.docs.source.GatewayRoute;

/**
 * The system-level pictures: System Overview, Service Communication Flow, the C4 context
 * and container views and the service dependency graph, all from one {@link SystemModel}.
 */
public final class SystemDiagrams {

	private final SystemModel system;

	public SystemDiagrams(SystemModel system) {
		this.system = system;
	}

	public Diagram overview() {
		StringBuilder out = new StringBuilder("flowchart TB\n");
		out.append("  client([").append(Mermaid.label("API client")).append("])\n");
		out.append("  subgraph apps [").append(Mermaid.label("Applications")).append("]\n");
		for (AppDeclaration app : this.system.apps()) {
			out.append("    ").append(Mermaid.node(Mermaid.id(app.name()), appLabel(app))).append('\n');
		}
		out.append("  end\n");
		appendEngines(out);
		TreeSet<String> edges = new TreeSet<>();
		this.system.gateway()
			.ifPresent(
					(gateway) -> edges.add("client -->|" + Mermaid.label("HTTP") + "| " + Mermaid.id(gateway.name())));
		for (GatewayRoute route : this.system.routes()) {
			this.system.gateway()
				.ifPresent((gateway) -> edges.add(Mermaid.id(gateway.name()) + " -->|" + Mermaid.label("HTTP") + "| "
						+ Mermaid.id(route.target())));
		}
		for (GrpcCalls.Call call : this.system.grpcCalls().calls()) {
			edges.add(Mermaid.id(call.app()) + " -->|" + Mermaid.label("gRPC") + "| " + Mermaid.id(call.target()));
		}
		for (AppDeclaration app : this.system.apps()) {
			for (String engine : app.engines()) {
				edges.add(Mermaid.id(app.name()) + " --> " + Mermaid.id("engine", engine));
			}
		}
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("System Overview",
				"The applications and engines local-stack starts (`make run`), the gateway's routes, the gRPC calls "
						+ "between services and the engines each app is given.",
				out.toString(), this.system.files());
	}

	public Diagram communicationFlow() {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		for (AppDeclaration app : this.system.apps()) {
			out.append("  ").append(Mermaid.node(Mermaid.id(app.name()), app.name())).append('\n');
		}
		List<String> edges = new ArrayList<>();
		for (GatewayRoute route : this.system.routes()) {
			this.system.gateway()
				.ifPresent((gateway) -> edges
					.add(Mermaid.id(gateway.name()) + " -->|" + Mermaid.label("HTTP " + String.join(" ", route.paths()))
							+ "| " + Mermaid.id(route.target())));
		}
		for (GrpcCalls.Call call : this.system.grpcCalls().calls()) {
			edges.add(Mermaid.id(call.app()) + " -->|"
					+ Mermaid.label("gRPC " + String.join(", ", call.rpcs()) + " (" + call.javaClass() + ")") + "| "
					+ Mermaid.id(call.target()));
		}
		if (this.system.usesKafka()) {
			out.append("  kafka[(").append(Mermaid.label("Kafka")).append(")]\n");
			for (Map.Entry<String, TreeSet<String>> produced : this.system.kafka().producedTopicsByApp().entrySet()) {
				String how = this.system.kafka().publishesViaOutbox(produced.getKey()) ? "outbox → " : "";
				edges.add(Mermaid.id(produced.getKey()) + " -.->|"
						+ Mermaid.label(how + String.join(", ", produced.getValue())) + "| kafka");
			}
			for (Map.Entry<String, TreeSet<String>> consumed : this.system.kafka().consumedTopicsByApp().entrySet()) {
				edges.add("kafka -.->|" + Mermaid.label(String.join(", ", consumed.getValue())) + "| "
						+ Mermaid.id(consumed.getKey()));
			}
		}
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("Service Communication Flow",
				"Synchronous calls (gateway routes over HTTP, gRPC rpcs each client class calls) as solid arrows, "
						+ "Kafka topics as dotted arrows.",
				out.toString(), this.system.files());
	}

	public Diagram contextView() {
		StringBuilder out = new StringBuilder("C4Context\n");
		out.append("  title System Context: Shopfront\n");
		out.append("  Person(client, \"API client\", \"Calls the shop over HTTP\")\n");
		out.append("  System(shopfront, \"Shopfront\", \"")
			.append(this.system.apps().size())
			.append(" applications: ")
			.append(String.join(", ", this.system.apps().stream().map(AppDeclaration::name).toList()))
			.append("\")\n");
		this.system.gateway()
			.ifPresent((gateway) -> out.append("  Rel(client, shopfront, \"HTTP :")
				.append(gateway.httpPort())
				.append(" /api\")\n"));
		return Diagram.mermaid("C4 Context View",
				"Who uses the system. No external system is called by any app (the payment provider is simulated in code).",
				out.toString(), List.of(dev.shopfront.docs.source.LocalStackApps.FILE));
	}

	public Diagram containerView() {
		StringBuilder out = new StringBuilder("C4Container\n");
		out.append("  title Containers: Shopfront\n");
		out.append("  Person(client, \"API client\")\n");
		out.append("  System_Boundary(shopfront, \"Shopfront\") {\n");
		for (AppDeclaration app : this.system.apps()) {
			out.append("    Container(")
				.append(Mermaid.id(app.name()))
				.append(", \"")
				.append(app.name())
				.append("\", \"Spring Boot\", \"")
				.append(ports(app))
				.append("\")\n");
		}
		for (String engine : this.system.dataEngines()) {
			out.append("    ContainerDb(")
				.append(Mermaid.id("engine", engine))
				.append(", \"")
				.append(this.system.engineLabel(engine))
				.append("\")\n");
		}
		if (this.system.usesKafka()) {
			out.append("    ContainerQueue(")
				.append(Mermaid.id("engine", "KAFKA"))
				.append(", \"")
				.append(this.system.engineLabel("KAFKA"))
				.append("\")\n");
		}
		out.append("  }\n");
		TreeSet<String> relations = new TreeSet<>();
		this.system.gateway()
			.ifPresent((gateway) -> relations.add("Rel(client, " + Mermaid.id(gateway.name()) + ", \"HTTP\")"));
		for (GatewayRoute route : this.system.routes()) {
			this.system.gateway()
				.ifPresent((gateway) -> relations
					.add("Rel(" + Mermaid.id(gateway.name()) + ", " + Mermaid.id(route.target()) + ", \"HTTP\")"));
		}
		for (GrpcCalls.Call call : this.system.grpcCalls().calls()) {
			relations.add("Rel(" + Mermaid.id(call.app()) + ", " + Mermaid.id(call.target()) + ", \"gRPC\")");
		}
		for (AppDeclaration app : this.system.apps()) {
			for (String engine : app.engines()) {
				relations.add("Rel(" + Mermaid.id(app.name()) + ", " + Mermaid.id("engine", engine) + ", \""
						+ (engine.equals("KAFKA") ? "events" : "reads/writes") + "\")");
			}
		}
		relations.forEach((relation) -> out.append("  ").append(relation).append('\n'));
		return Diagram.mermaid("C4 Container View",
				"The applications and engines inside the system and how they connect.", out.toString(),
				this.system.files());
	}

	public Diagram dependencyGraph() {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		TreeSet<String> edges = new TreeSet<>();
		for (GatewayRoute route : this.system.routes()) {
			this.system.gateway()
				.ifPresent((gateway) -> edges.add(Mermaid.id(gateway.name()) + " --> " + Mermaid.id(route.target())));
		}
		for (GrpcCalls.Call call : this.system.grpcCalls().calls()) {
			edges.add(Mermaid.id(call.app()) + " --> " + Mermaid.id(call.target()));
		}
		for (AppDeclaration app : this.system.apps()) {
			out.append("  ").append(Mermaid.node(Mermaid.id(app.name()), app.name())).append('\n');
			for (String engine : app.engines()) {
				edges.add(Mermaid.id(app.name()) + " -.-> " + Mermaid.id("engine", engine));
			}
		}
		appendEngines(out);
		edges.forEach((edge) -> out.append("  ").append(edge).append('\n'));
		return Diagram.mermaid("Service Dependency Graph",
				"What each app needs at run time: solid arrows to other apps (HTTP, gRPC), dotted arrows to engines.",
				out.toString(), this.system.files());
	}

	private void appendEngines(StringBuilder out) {
		TreeSet<String> engines = new TreeSet<>(this.system.dataEngines());
		if (this.system.usesKafka()) {
			engines.add("KAFKA");
		}
		for (String engine : engines) {
			out.append("  ")
				.append(Mermaid.id("engine", engine))
				.append("[(")
				.append(Mermaid.label(this.system.engineLabel(engine)))
				.append(")]\n");
		}
	}

	private static String appLabel(AppDeclaration app) {
		return app.name() + "<br/>" + ports(app);
	}

	private static String ports(AppDeclaration app) {
		return "HTTP :" + app.httpPort() + ((app.grpcPort() != 0) ? ", gRPC :" + app.grpcPort() : "");
	}

}
