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
			chart.edge(row[0], "to:" + row[1], row[7] + " risk: " + row[2], Line.SOLID, source);
		}
		return Diagram.of("Dependency Risk Table",
				"Each dependency with its risk level, then the resilience settings its application.yml configures "
						+ "(values as written, placeholders with their defaults). Risk counts the protections "
						+ "configured among timeout, circuit breaker and fallback: all three low, one or two medium, "
						+ "none high (retries alone do not lower it).",
				chart)
			.withTable(table.toString(), sources);
	}

	/** A table row with its risk level, remembered for the picture. */
	private void row(MarkdownTable table, String... cells) {
		long protections = java.util.stream.Stream.of(cells[3], cells[5], cells[6])
			.filter((cell) -> !cell.isBlank() && !cell.contains(NONE))
			.count();
		String risk = (protections == 3) ? "low" : (protections == 0) ? "high" : "medium";
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
				.filter((filter) -> filter.startsWith("Retry("))
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
			row(table, this.system.gateway().map(App::name).orElse("gateway"), route.target(),
					"HTTP (" + String.join(" ", route.paths()) + ")",
					"connect " + connect + " ms, response " + response + ", call " + text(breaker.get("call-timeout")),
					retries, breakerText, fallback);
		}
	}

	private void grpcRow(MarkdownTable table, App app, GrpcCalls.Call call, Map<String, Object> yaml) {
		String peer = call.target().replace("-service", "");
		Map<String, Object> client = YamlFiles.mapAt(yaml, "shopfront.grpc.clients." + peer);
		row(table, app.name(), call.target(), "gRPC " + String.join(", ", call.rpcs()),
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
			case "REDIS" ->
				row(table, app.name(), name, "Lettuce", value(yaml, "spring.data.redis.timeout"), NONE, NONE, NONE);
			case "KAFKA" -> {
				String send = value(yaml, "shopfront.outbox.send-timeout");
				row(table, app.name(), name, send.equals(NONE) ? "spring-kafka" : "spring-kafka, outbox relay",
						send.equals(NONE) ? NONE : "send " + send, NONE, NONE,
						send.equals(NONE) ? NONE : "events wait in the outbox table");
			}
			default ->
				row(table, app.name(), name, "JDBC, pool " + value(yaml, "spring.datasource.hikari.maximum-pool-size"),
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
