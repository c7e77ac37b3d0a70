package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.shopfront.docs.model.App;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.source.FlywaySchemaReader;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.KafkaUsage;

/**
 * Who publishes and who consumes which topic: a consumer is a {@code @KafkaListener}
 * class of an app; a producer is any other class of an app that names a catalogue entry
 * or a topic constant. Publishing counts as "via outbox" when the app's Flyway migrations
 * create a table whose name contains {@code outbox}.
 */
public final class KafkaFlows {

	/** A producer or consumer edge. */
	public record Flow(String app, String topic, String eventType, String javaClass, String file, Source source) {

	}

	private final List<Flow> producers = new ArrayList<>();

	private final List<Flow> consumers = new ArrayList<>();

	private final KafkaUsage usage;

	private final Map<String, Source> outboxes = new TreeMap<>();

	public KafkaFlows(Services services) {
		this.usage = new KafkaUsage(services.files());
		for (App app : services.apps()) {
			for (JavaType type : services.types(app)) {
				String text = services.files().read(type.file());
				for (String written : type.kafkaTopics()) {
					String topic = this.usage.topic(written).map(KafkaUsage.TopicName::name).orElse(written);
					this.consumers.add(new Flow(app.name(), topic, "", type.name(), type.file(),
							new Source(type.file(), Source.lineOf(text, "@KafkaListener"))));
				}
				if (!type.kafkaTopics().isEmpty()) {
					continue;
				}
				TreeSet<String> viaEvents = new TreeSet<>();
				for (KafkaUsage.Event event : this.usage.events()) {
					if (type.referencedNames().contains(event.reference())) {
						this.producers.add(new Flow(app.name(), event.topic(), event.type(), type.name(), type.file(),
								new Source(type.file(), Source.lineOf(text, event.reference()))));
						viaEvents.add(event.topic());
					}
				}
				for (KafkaUsage.TopicName topic : this.usage.topics()) {
					if (!viaEvents.contains(topic.name()) && type.referencedNames().contains(topic.reference())) {
						this.producers.add(new Flow(app.name(), topic.name(), "", type.name(), type.file(),
								new Source(type.file(), Source.lineOf(text, topic.reference()))));
					}
				}
			}
			new FlywaySchemaReader(services.files()).read(Services.migrations(app))
				.stream()
				.filter((table) -> table.name().toLowerCase().contains("outbox"))
				.findFirst()
				.ifPresent((table) -> this.outboxes.put(app.name(), Source.of(table.files().get(0))));
		}
	}

	public List<Flow> producers() {
		return this.producers;
	}

	public List<Flow> consumers() {
		return this.consumers;
	}

	/** Topic names: the topic constants plus any a listener names directly. */
	public List<String> topics() {
		TreeSet<String> names = new TreeSet<>();
		this.usage.topics().forEach((topic) -> names.add(topic.name()));
		this.consumers.forEach((flow) -> names.add(flow.topic()));
		this.producers.forEach((flow) -> names.add(flow.topic()));
		return List.copyOf(names);
	}

	public KafkaUsage usage() {
		return this.usage;
	}

	public List<KafkaUsage.Event> events() {
		return this.usage.events();
	}

	public boolean publishesViaOutbox(String app) {
		return this.outboxes.containsKey(app);
	}

	public Source outbox(String app) {
		return this.outboxes.get(app);
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
		List<String> files = new ArrayList<>(this.usage.files());
		this.producers.forEach((flow) -> files.add(flow.file()));
		this.consumers.forEach((flow) -> files.add(flow.file()));
		return files;
	}

}
