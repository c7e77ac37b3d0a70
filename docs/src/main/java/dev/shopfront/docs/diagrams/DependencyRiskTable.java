package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.shopfront.docs.mermaid.Flowchart;
import dev.shopfront.docs.mermaid.Flowchart.Line;
import dev.shopfront.docs.mermaid.Flowchart.Shape;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.MarkdownTable;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.source.GatewayRoute;
import dev.shopfront.docs.source.YamlFiles;

/**
 * The dependency risk table: every dependency of every app with the resilience settings
 * its configuration really holds (timeout, retries, breaker, fallback). "not configured"
 * means the file sets nothing, so the library default applies.
 * <p>
 * The risk level follows from how the app depends on it ({@link Coupling}): a synchronous
 * call (HTTP, gRPC, JDBC, Redis) without a circuit breaker or retries is high (the caller
 * waits and fails with it), with a breaker or retries medium (it fails fast or rides out
 * a blip, but the request still fails while the dependency is down), asynchronous through
 * a transactional outbox or as a topic's listener low (the event waits in a table or in
 * the broker), a direct Kafka send without an outbox high (the event is lost with the
 * send).
 */
public final class DependencyRiskTable {

	private static final String NONE = "not configured";

	private final Services services;

	private final SystemFacts system;

	private final List<String[]> rows = new ArrayList<>();

	public DependencyRiskTable(Services services, SystemFacts system) {
		this.services = services;
		this.system = system;
	}

	public Diagram draw() {
		MarkdownTable table = new MarkdownTable("from", "to", "how", "timeout", "retries", "circuit breaker",
				"fallback", "risk");
		this.rows.clear();
		List<String> sources = new ArrayList<>();
		for (App app : this.system.apps()) {
			String file = Services.applicationYaml(app.module());
			if (!this.services.files().exists(file)) {
				continue;
			}
			sources.add(file);
			Map<String, Object> yaml = YamlFiles.document(this.services.files().read(file));
			if (this.system.gateway().map((gateway) -> gateway.name().equals(app.name())).orElse(false)) {
				gatewayRows(table, yaml);
			}
			for (GrpcCalls.Call call : this.system.grpcCalls().calls()) {
				if (call.app().equals(app.name())) {
					grpcRow(table, app, call, yaml);
				}
			}
			for (String engine : app.engines()) {
				engineRow(table, app, engine, yaml);
			}
		}
		Flowchart chart = Flowchart.leftToRight();
		for (String[] row : this.rows) {
			Source source = Source.of(Services.applicationYaml(this.system.apps()
				.stream()
				.filter((app) -> app.name().equals(row[0]))
				.findFirst()
				.map(App::module)
				.orElse("")));
			chart.node(row[0], row[0], Shape.BOX, source);
			chart.node("to:" + row[1], row[1], Shape.ROUND, source);
			chart.edge(row[0], "to:" + row[1], row[7].replaceAll(" \\(.*", "") + " risk: " + row[2],
					row[7].startsWith("low") ? Line.DOTTED : row[7].startsWith("high") ? Line.THICK : Line.SOLID,
					source);
		}
		return Diagram.of("Dependency Risk Table",
				"Each dependency with its risk level, then the resilience settings its application.yml configures "
						+ "(values as written, placeholders with their defaults). The level follows from how the app "
						+ "depends on it: a synchronous call (HTTP, gRPC, JDBC, Redis) without circuit breaker or "
						+ "retries is **high**, with a breaker or retries **medium**; asynchronous through an outbox "
						+ "table or as a topic's listener is **low**; a direct Kafka send without an outbox is **high**.",
				chart)
			.withTable(table.toString(), sources);
	}

	/** How an app depends on one of its dependencies, which decides the risk level. */
	enum Coupling {

		/** Request and answer: the caller waits. */
		SYNCHRONOUS,
		/**
		 * Events written to an outbox table in the business transaction, relayed later.
		 */
		OUTBOX,
		/**
		 * Records read from topics: the broker keeps them while the app or it is away.
		 */
		LISTENER,
		/** Records sent straight to the broker: a failed send loses the event. */
		DIRECT_SEND

	}

	/** The level of a dependency, by the rule in the class comment. */
	static String risk(Coupling coupling, boolean breaker, boolean retries) {
		return switch (coupling) {
			case OUTBOX -> "low (async, outbox)";
			case LISTENER -> "low (async, listener)";
			case DIRECT_SEND -> "high (async send, no outbox)";
			case SYNCHRONOUS -> breaker ? "medium (sync, circuit breaker)"
					: retries ? "medium (sync, retries)" : "high (sync, no breaker)";
		};
	}

	/** A table row with its risk level, remembered for the picture. */
	private void row(MarkdownTable table, Coupling coupling, String... cells) {
		String risk = risk(coupling, !cells[5].contains(NONE), !cells[4].contains(NONE));
		String[] withRisk = java.util.Arrays.copyOf(cells, cells.length + 1);
		withRisk[cells.length] = risk;
		table.row(withRisk);
		this.rows.add(withRisk);
	}

	private void gatewayRows(MarkdownTable table, Map<String, Object> yaml) {
		Map<String, Object> breaker = YamlFiles.mapAt(yaml, "shopfront.gateway.circuit-breaker");
		String response = value(yaml, "spring.cloud.gateway.server.webflux.httpclient.response-timeout");
		String connect = value(yaml, "spring.cloud.gateway.server.webflux.httpclient.connect-timeout");
		for (GatewayRoute route : this.system.routes()) {
			String retries = route.filters()
				.stream()
				.filter((filter) -> filter.startsWith("Retry"))
				.findFirst()
				.orElse(NONE);
			String fallback = route.filters()
				.stream()
				.filter((filter) -> filter.startsWith("CircuitBreaker("))
				.map((filter) -> filter.replaceAll(".*fallbackUri=([^,)]*).*", "$1"))
				.findFirst()
				.orElse(NONE);
			String breakerText = route.filters().stream().anyMatch((filter) -> filter.startsWith("CircuitBreaker("))
					? "CircuitBreaker filter; " + settings(breaker) : NONE;
			row(table, Coupling.SYNCHRONOUS, this.system.gateway().map(App::name).orElse("gateway"), route.target(),
					"HTTP (" + String.join(" ", route.paths()) + ")",
					"connect " + connect + " ms, response " + response + ", call " + text(breaker.get("call-timeout")),
					retries, breakerText, fallback);
		}
	}

	private void grpcRow(MarkdownTable table, App app, GrpcCalls.Call call, Map<String, Object> yaml) {
		String peer = call.target().replace("-service", "");
		Map<String, Object> client = YamlFiles.mapAt(yaml, "shopfront.grpc.clients." + peer);
		row(table, Coupling.SYNCHRONOUS, app.name(), call.target(), "gRPC " + String.join(", ", call.rpcs()),
				"deadline " + text(client.get("deadline")),
				client.containsKey("max-attempts") ? "max-attempts " + client.get("max-attempts") + ", initial-backoff "
						+ text(client.get("initial-backoff")) : NONE,
				client.containsKey("failure-rate-threshold") ? "failure-rate " + client.get("failure-rate-threshold")
						+ "%, window " + text(client.get("sliding-window-size")) + ", open "
						+ text(client.get("wait-in-open-state")) : NONE,
				NONE);
	}

	private void engineRow(MarkdownTable table, App app, String engine, Map<String, Object> yaml) {
		String name = this.system.engineName(engine);
		switch (engine) {
			case "REDIS" -> row(table, Coupling.SYNCHRONOUS, app.name(), name, "Lettuce",
					value(yaml, "spring.data.redis.timeout"), NONE, NONE, NONE);
			case "KAFKA" -> {
				String send = value(yaml, "shopfront.outbox.send-timeout");
				boolean outbox = this.system.kafka().publishesViaOutbox(app.name());
				boolean sends = this.system.kafka().producedTopicsByApp().containsKey(app.name());
				Coupling coupling = outbox ? Coupling.OUTBOX : sends ? Coupling.DIRECT_SEND : Coupling.LISTENER;
				row(table, coupling, app.name(), name,
						send.equals(NONE) ? "spring-kafka" : "spring-kafka, outbox relay",
						send.equals(NONE) ? NONE : "send " + send, NONE, NONE,
						send.equals(NONE) ? NONE : "events wait in the outbox table");
			}
			default -> row(table, Coupling.SYNCHRONOUS, app.name(), name,
					"JDBC, pool " + value(yaml, "spring.datasource.hikari.maximum-pool-size"),
					value(yaml, "spring.datasource.hikari.connection-timeout"), NONE, NONE, NONE);
		}
	}

	private static String value(Map<String, Object> yaml, String key) {
		return YamlFiles.at(yaml, key).map(DependencyRiskTable::text).orElse(NONE);
	}

	private static String settings(Map<String, Object> section) {
		List<String> pairs = new ArrayList<>();
		section.forEach((key, item) -> pairs.add(key + " " + text(item)));
		return String.join(", ", pairs);
	}

	private static String text(Object value) {
		return (value == null) ? NONE : String.valueOf(value);
	}

}
