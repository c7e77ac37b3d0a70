package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Mermaid;
import dev.shopfront.docs.source.ProtoContracts;

/**
 * Event-Driven Architecture with Kafka: producing classes, topics with their event types
 * and proto messages, and consuming listeners. A topic nobody in the repository consumes
 * is marked as such rather than given an invented consumer.
 */
public final class EventDrivenDiagram {

	private final KafkaFlows flows;

	private final ProtoContracts contracts;

	public EventDrivenDiagram(KafkaFlows flows, ProtoContracts contracts) {
		this.flows = flows;
		this.contracts = contracts;
	}

	public Diagram draw() {
		StringBuilder out = new StringBuilder("flowchart LR\n");
		TreeSet<String> edges = new TreeSet<>();
		TreeSet<String> producerNodes = new TreeSet<>();
		for (KafkaFlows.Flow flow : this.flows.producers()) {
			String id = Mermaid.id("producer", flow.app(), flow.javaClass());
			producerNodes.add("  " + Mermaid.node(id, flow.app() + "<br/>" + flow.javaClass()));
			String how = this.flows.publishesViaOutbox(flow.app()) ? "via outbox: " : "";
			edges.add("  " + id + " -->|" + Mermaid.label(how + flow.eventType()) + "| "
					+ Mermaid.id("topic", flow.topic()));
		}
		producerNodes.forEach((node) -> out.append(node).append('\n'));
		out.append("  subgraph kafka [").append(Mermaid.label("Kafka topics")).append("]\n");
		for (String topic : this.flows.topics()) {
			List<String> carried = this.flows.events()
				.stream()
				.filter((event) -> event.topic().equals(topic))
				.map((event) -> event.type() + " (" + event.message() + ")")
				.toList();
			out.append("    ")
				.append(Mermaid.id("topic", topic))
				.append("[/")
				.append(Mermaid.label(topic + (carried.isEmpty() ? "" : "<br/>" + String.join("<br/>", carried))))
				.append("/]\n");
		}
		out.append("  end\n");
		TreeSet<String> consumed = new TreeSet<>();
		for (KafkaFlows.Flow flow : this.flows.consumers()) {
			String id = Mermaid.id("consumer", flow.app(), flow.javaClass());
			out.append("  ")
				.append(Mermaid.node(id, flow.app() + "<br/>@KafkaListener " + flow.javaClass()))
				.append('\n');
			edges.add("  " + Mermaid.id("topic", flow.topic()) + " --> " + id);
			consumed.add(flow.topic());
		}
		for (String topic : this.flows.topics()) {
			if (!consumed.contains(topic)) {
				String id = Mermaid.id("unconsumed", topic);
				out.append("  ")
					.append(id)
					.append("((")
					.append(Mermaid.label("no consumer in this repository"))
					.append("))\n");
				edges.add("  " + Mermaid.id("topic", topic) + " -.-> " + id);
			}
		}
		edges.forEach((edge) -> out.append(edge).append('\n'));
		List<String> sources = new ArrayList<>(this.flows.files());
		this.contracts.files()
			.stream()
			.filter((file) -> file.services().isEmpty())
			.forEach((file) -> sources.add(file.file()));
		return Diagram.mermaid("Event-Driven Architecture with Kafka",
				"Topics from `Topics` and `EventCatalog` (event type and proto message), producers (classes naming a "
						+ "catalogue entry; \"via outbox\" where the app has an outbox table) and `@KafkaListener` consumers.",
				out.toString(), sources);
	}

}
