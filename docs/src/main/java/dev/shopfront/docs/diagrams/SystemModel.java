package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;

import dev.shopfront.docs.source.AppDeclaration;
import dev.shopfront.docs.source.GatewayRoute;
import dev.shopfront.docs.source.GatewayRoutesReader;
import dev.shopfront.docs.source.LocalStackApps;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.YamlFiles;

/**
 * The whole system as the files declare it: apps and engines (local-stack), the gateway's
 * routes, the gRPC calls between apps and the Kafka flows. Shared by the system-level
 * diagrams so they agree with each other.
 */
public final class SystemModel {

	public static final String ENGINES = "local-stack/src/main/java/dev/shopfront/localstack/Engine.java";

	private static final Map<String, String> ENGINE_NAMES = Map.of("POSTGRES", "PostgreSQL", "MARIADB", "MariaDB",
			"REDIS", "Redis", "KAFKA", "Kafka");

	private final Services services;

	private final Map<String, Integer> enginePorts = new TreeMap<>();

	private final List<GatewayRoute> routes;

	private final String gatewayYaml;

	private final GrpcCalls grpcCalls;

	private final KafkaFlows kafka;

	public SystemModel(Services services, ProtoContracts contracts, KafkaFlows kafka) {
		this.services = services;
		this.kafka = kafka;
		this.grpcCalls = new GrpcCalls(services, contracts);
		if (services.files().exists(ENGINES)) {
			Matcher matcher = Pattern.compile("\\b([A-Z]+)\\((\\d+)\\)").matcher(services.files().read(ENGINES));
			while (matcher.find()) {
				this.enginePorts.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
			}
		}
		this.gatewayYaml = gateway().map((app) -> Services.applicationYaml(app.module())).orElse("");
		this.routes = (!this.gatewayYaml.isEmpty() && services.files().exists(this.gatewayYaml))
				? new GatewayRoutesReader().read(YamlFiles.document(services.files().read(this.gatewayYaml)))
				: List.of();
	}

	public List<AppDeclaration> apps() {
		return this.services.apps();
	}

	/** The app that serves no gRPC but routes to others: the edge. */
	public Optional<AppDeclaration> gateway() {
		return this.services.apps().stream().filter(AppDeclaration::isEdge).findFirst();
	}

	public List<GatewayRoute> routes() {
		return this.routes;
	}

	public GrpcCalls grpcCalls() {
		return this.grpcCalls;
	}

	public KafkaFlows kafka() {
		return this.kafka;
	}

	public String engineName(String engine) {
		return ENGINE_NAMES.getOrDefault(engine, engine);
	}

	public String engineLabel(String engine) {
		Integer port = this.enginePorts.get(engine);
		return engineName(engine) + ((port != null) ? " :" + port : "");
	}

	/**
	 * Engines the apps use, in a stable order; Kafka is drawn separately as the event
	 * bus.
	 */
	public List<String> dataEngines() {
		return this.services.apps()
			.stream()
			.flatMap((app) -> app.engines().stream())
			.filter((engine) -> !engine.equals("KAFKA"))
			.distinct()
			.sorted()
			.toList();
	}

	public boolean usesKafka() {
		return this.services.apps().stream().anyMatch((app) -> app.engines().contains("KAFKA"));
	}

	public List<String> files() {
		List<String> files = new ArrayList<>(List.of(LocalStackApps.FILE));
		if (this.services.files().exists(ENGINES)) {
			files.add(ENGINES);
		}
		if (!this.routes.isEmpty()) {
			files.add(this.gatewayYaml);
		}
		files.addAll(this.grpcCalls.files());
		files.addAll(this.kafka.files());
		return files;
	}

}
