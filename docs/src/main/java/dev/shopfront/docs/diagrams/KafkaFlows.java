package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.source.AppDeclaration;
import dev.shopfront.docs.source.EventCatalogReader;
import dev.shopfront.docs.source.FlywaySchemaReader;
import dev.shopfront.docs.source.JavaType;

/**
 * Who publishes and who consumes which topic: a producer is a class of an app that names
 * an {@code EventCatalog} entry and is not a listener; a consumer is a
 * {@code @KafkaListener}. Publishing counts as "via outbox" when the app's migrations
 * create an {@code outbox} table.
 */
public final class KafkaFlows {

	/** A producer or consumer edge. */
	public record Flow(String app, String topic, String eventType, String javaClass, String file) {

	}

	private final List<Flow> producers = new ArrayList<>();

	private final List<Flow> consumers = new ArrayList<>();

	private final Map<String, String> topics;

	private final List<EventCatalogReader.Event> events;

	private final TreeSet<String> outboxApps = new TreeSet<>();

	public KafkaFlows(Services services) {
		EventCatalogReader reader = new EventCatalogReader(services.files());
		this.topics = reader.topics();
		this.events = reader.events();
		for (AppDeclaration app : services.apps()) {
			for (JavaType type : services.types(app.module())) {
				for (String topic : type.kafkaTopics()) {
					this.consumers.add(new Flow(app.name(), EventCatalogReader.topicOf(topic, this.topics), "",
							type.name(), type.file()));
				}
				if (!type.kafkaTopics().isEmpty()) {
					continue;
				}
				for (EventCatalogReader.Event event : this.events) {
					if (type.referencedNames().contains("EventCatalog." + event.constant())) {
						this.producers.add(new Flow(app.name(), event.topic(), event.type(), type.name(), type.file()));
					}
				}
			}
			new FlywaySchemaReader(services.files()).read(Services.migrations(app.module()))
				.stream()
				.filter((table) -> table.name().equals("outbox"))
				.findFirst()
				.ifPresent((table) -> this.outboxApps.add(app.name()));
		}
	}

	public List<Flow> producers() {
		return this.producers;
	}

	public List<Flow> consumers() {
		return this.consumers;
	}

	/** Topic names: those declared in Topics plus any a listener names directly. */
	public List<String> topics() {
		TreeSet<String> names = new TreeSet<>(this.topics.values());
		this.consumers.forEach((flow) -> names.add(flow.topic()));
		return List.copyOf(names);
	}

	public List<EventCatalogReader.Event> events() {
		return this.events;
	}

	public boolean publishesViaOutbox(String app) {
		return this.outboxApps.contains(app);
	}

	/** Producing app to topics, sorted. */
	public Map<String, TreeSet<String>> producedTopicsByApp() {
		Map<String, TreeSet<String>> byApp = new TreeMap<>();
		this.producers.forEach((flow) -> byApp.computeIfAbsent(flow.app(), (key) -> new TreeSet<>()).add(flow.topic()));
		return byApp;
	}

	public Map<String, TreeSet<String>> consumedTopicsByApp() {
		Map<String, TreeSet<String>> byApp = new TreeMap<>();
		this.consumers.forEach((flow) -> byApp.computeIfAbsent(flow.app(), (key) -> new TreeSet<>()).add(flow.topic()));
		return byApp;
	}

	public List<String> files() {
		List<String> files = new ArrayList<>(List.of(EventCatalogReader.TOPICS, EventCatalogReader.CATALOG));
		this.producers.forEach((flow) -> files.add(flow.file()));
		this.consumers.forEach((flow) -> files.add(flow.file()));
		return files;
	}

}
