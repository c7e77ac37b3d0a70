package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.shopfront.docs.model.Diagram;
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

	public DependencyRiskTable(Services services, SystemFacts system) {
		this.services = services;
		this.system = system;
	}

	public Diagram draw() {
		MarkdownTable table = new MarkdownTable("from", "to", "how", "timeout", "retries", "circuit breaker",
				"fallback");
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
		return Diagram.table("Dependency Risk Table",
				"Each dependency and the resilience settings its application.yml configures (values as written, "
						+ "placeholders with their defaults).",
				table.toString(), sources);
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
			table.row("gateway", route.target(), "HTTP (" + String.join(" ", route.paths()) + ")",
					"connect " + connect + " ms, response " + response + ", call " + text(breaker.get("call-timeout")),
					retries, breakerText, fallback);
		}
	}

	private static void grpcRow(MarkdownTable table, App app, GrpcCalls.Call call, Map<String, Object> yaml) {
		String peer = call.target().replace("-service", "");
		Map<String, Object> client = YamlFiles.mapAt(yaml, "shopfront.grpc.clients." + peer);
		table.row(app.name(), call.target(), "gRPC " + String.join(", ", call.rpcs()),
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
				table.row(app.name(), name, "Lettuce", value(yaml, "spring.data.redis.timeout"), NONE, NONE, NONE);
			case "KAFKA" -> {
				String send = value(yaml, "shopfront.outbox.send-timeout");
				table.row(app.name(), name, send.equals(NONE) ? "spring-kafka" : "spring-kafka, outbox relay",
						send.equals(NONE) ? NONE : "send " + send, NONE, NONE,
						send.equals(NONE) ? NONE : "events wait in the outbox table");
			}
			default ->
				table.row(app.name(), name, "JDBC, pool " + value(yaml, "spring.datasource.hikari.maximum-pool-size"),
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
