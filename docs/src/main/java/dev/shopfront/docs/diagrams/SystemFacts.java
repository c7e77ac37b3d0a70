package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.docs.model.Actor;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.model.DataStore;
import dev.shopfront.docs.model.Relation;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.SystemModel;
import dev.shopfront.docs.model.Topic;
import dev.shopfront.docs.source.ArchitectureConfig;
import dev.shopfront.docs.source.GatewayRoute;
import dev.shopfront.docs.source.GatewayRoutesReader;
import dev.shopfront.docs.source.HttpClients;
import dev.shopfront.docs.source.SpringConfig;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.YamlFiles;

/**
 * Assembly: joins the readers' facts (apps, gateway routes, gRPC stubs and servers, Kafka
 * listeners and producers) into one typed {@link SystemModel} with provenance. The
 * diagrams not yet drawn from the model read the joined facts here.
 */
public final class SystemFacts {

	private static final Pattern SETTING_URL = Pattern.compile("(?:lb|https?|configserver:https?)://([a-z][a-z0-9-]*)");

	private final Services services;

	private final List<GatewayRoute> routes;

	private final String gatewayYaml;

	private final GrpcCalls grpcCalls;

	private final KafkaFlows kafka;

	private final SystemModel model;

	public SystemFacts(Services services, ProtoContracts contracts, KafkaFlows kafka, ArchitectureConfig config) {
		this.services = services;
		this.kafka = kafka;
		this.grpcCalls = new GrpcCalls(services, contracts);
		this.gatewayYaml = gateway().map((app) -> Services.applicationYaml(app.module())).orElse("");
		this.routes = (!this.gatewayYaml.isEmpty() && services.files().exists(this.gatewayYaml))
				? new GatewayRoutesReader().read(YamlFiles.document(services.files().read(this.gatewayYaml)))
				: List.of();
		this.model = assemble(config);
	}

	public SystemFacts(Services services, ProtoContracts contracts, KafkaFlows kafka) {
		this(services, contracts, kafka, ArchitectureConfig.defaults(services.files()));
	}

	private SystemModel assemble(ArchitectureConfig config) {
		List<Relation> relations = new ArrayList<>();
		List<String> unresolved = new ArrayList<>(this.grpcCalls.unresolved());
		gateway().ifPresent((gateway) -> {
			String text = this.services.files().read(this.gatewayYaml);
			for (GatewayRoute route : this.routes) {
				Source source = new Source(this.gatewayYaml, Source.lineOf(text, "id: " + route.id()));
				if (this.services.app(route.target()).isPresent()) {
					relations.add(new Relation(gateway.name(), route.target(), "http", String.join(" ", route.paths()),
							"route " + route.id(), "", List.of(source)));
				}
				else {
					unresolved.add(source + ": route " + route.id() + " targets " + route.target()
							+ ", which is no app of this repository");
				}
			}
		});
		for (App app : this.services.apps()) {
			for (HttpClients.Call call : new HttpClients().read(this.services.files(), this.services.types(app))) {
				if (!call.host().equals(app.name()) && this.services.app(call.host()).isPresent()) {
					relations.add(new Relation(app.name(), call.host(), "http", call.path(), call.javaClass(), "",
							List.of(call.source())));
				}
			}
			// A setting whose URL names another app: a config server, a registry, a base
			// URL.
			for (SpringConfig.Setting setting : SpringConfig.read(this.services.files(), app.module()).settings()) {
				Matcher url = SETTING_URL.matcher(setting.resolved());
				while (url.find()) {
					String host = url.group(1);
					if (!host.equals(app.name()) && this.services.app(host).isPresent()
							&& !setting.key().startsWith("spring.cloud.gateway")) {
						relations.add(new Relation(app.name(), host, "http", setting.key(), setting.key(), "",
								List.of(setting.source())));
					}
				}
			}
		}
		for (GrpcCalls.Call call : this.grpcCalls.calls()) {
			List<Source> sources = new ArrayList<>(List.of(call.source()));
			this.grpcCalls.servers()
				.values()
				.stream()
				.filter((server) -> this.services.app(call.target())
					.map((app) -> server.file().startsWith(app.directory()))
					.orElse(false))
				.findFirst()
				.ifPresent(sources::add);
			relations.add(new Relation(call.app(), call.target(), "grpc", String.join(", ", call.rpcs()),
					call.javaClass(), "", sources));
		}
		for (KafkaFlows.Flow flow : this.kafka.producers()) {
			List<Source> sources = new ArrayList<>(List.of(flow.source()));
			boolean outbox = this.kafka.publishesViaOutbox(flow.app());
			if (outbox) {
				sources.add(this.kafka.outbox(flow.app()));
			}
			relations.add(new Relation(flow.app(), flow.topic(), "kafka-publish", flow.eventType(), flow.javaClass(),
					outbox ? "outbox" : "", sources));
		}
		for (KafkaFlows.Flow flow : this.kafka.consumers()) {
			relations.add(new Relation(flow.app(), flow.topic(), "kafka-consume", "", flow.javaClass(), "",
					List.of(flow.source())));
		}
		for (App app : this.services.apps()) {
			for (DataStore store : app.stores()) {
				relations.add(new Relation(app.name(), store.kind(), "store", "", "", "", List.of(store.source())));
			}
		}
		Map<String, List<Source>> topicSources = new TreeMap<>();
		Map<String, TreeSet<String>> topicEvents = new TreeMap<>();
		this.kafka.usage()
			.topics()
			.forEach((topic) -> topicSources.computeIfAbsent(topic.name(), (name) -> new ArrayList<>())
				.add(topic.source()));
		this.kafka.events().forEach((event) -> {
			topicSources.computeIfAbsent(event.topic(), (name) -> new ArrayList<>()).add(event.source());
			topicEvents.computeIfAbsent(event.topic(), (name) -> new TreeSet<>()).add(event.type());
		});
		relations.stream()
			.filter((relation) -> relation.kind().startsWith("kafka"))
			.forEach((relation) -> topicSources.computeIfAbsent(relation.to(), (name) -> new ArrayList<>())
				.addAll(relation.sources()));
		List<Topic> topics = new ArrayList<>();
		topicSources.forEach((name, sources) -> topics
			.add(new Topic(name, List.copyOf(topicEvents.getOrDefault(name, new TreeSet<>())), sources)));
		List<Actor> actors = config.actors();
		return new SystemModel(config.name(), this.services.apps(), topics, relations, actors, unresolved);
	}

	public SystemModel model() {
		return this.model;
	}

	public List<App> apps() {
		return this.services.apps();
	}

	/** The first app that routes HTTP to others: the edge. */
	public Optional<App> gateway() {
		return this.services.apps().stream().filter(App::gateway).findFirst();
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
		return new DataStore(engine, 0, Source.of("")).product();
	}

	public String engineLabel(String engine) {
		DataStore store = this.model.stores().get(engine);
		return (store != null) ? store.label() : engineName(engine);
	}

	/** Engines the apps use, Kafka excepted (drawn as the event bus), sorted. */
	public List<String> dataEngines() {
		return this.model.stores().keySet().stream().filter((engine) -> !engine.equals("KAFKA")).toList();
	}

	public boolean usesKafka() {
		return this.model.stores().containsKey("KAFKA");
	}

	public List<String> files() {
		TreeSet<String> files = new TreeSet<>();
		this.model.apps().forEach((app) -> app.sources().forEach((source) -> files.add(source.file())));
		this.model.relations().forEach((relation) -> relation.sources().forEach((source) -> files.add(source.file())));
		files.addAll(this.grpcCalls.files());
		files.addAll(this.kafka.files());
		return List.copyOf(files);
	}

}
