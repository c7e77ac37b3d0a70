package dev.shopfront.docs.diagrams;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.source.ProtoContracts;

import static org.assertj.core.api.Assertions.assertThat;

class EventDrivenDiagramTest {

	private final Services services = new Services(Fixtures.shop());

	private final KafkaFlows flows = new KafkaFlows(this.services);

	@Test
	void findsProducersFromTheCatalogueAndConsumersFromListeners() {
		assertThat(this.flows.producers())
			.extracting(KafkaFlows.Flow::app, KafkaFlows.Flow::topic, KafkaFlows.Flow::eventType,
					KafkaFlows.Flow::javaClass)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("orders-service", "order-events", "order.placed",
					"PlaceOrderHandler"));
		assertThat(this.flows.consumers()).extracting(KafkaFlows.Flow::app, KafkaFlows.Flow::topic)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("stock-service", "order-events"));
		assertThat(this.flows.publishesViaOutbox("orders-service")).isFalse();
	}

	@Test
	void showsATopicWithNoConsumerAsSuch() {
		Diagram diagram = new EventDrivenDiagram(this.flows, new ProtoContracts(Fixtures.shop())).draw();
		assertThat(diagram.mermaid()).contains("topic_audit_events -.-> unconsumed_audit_events")
			.contains("unconsumed_audit_events((\"no consumer in this repository\"))")
			.contains("topic_order_events --> consumer_stock_service_OrderEventsListener")
			.contains("producer_orders_service_PlaceOrderHandler -->|\"order.placed\"| topic_order_events")
			.doesNotContain("unconsumed_order_events");
	}

}
