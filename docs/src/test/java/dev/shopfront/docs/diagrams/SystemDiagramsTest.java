package dev.shopfront.docs.diagrams;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Relation;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.SystemModel;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SystemDiagramsTest {

	private final RepositoryFiles shop = Fixtures.shop();

	private final Services services = new Services(this.shop);

	private final SystemFacts facts = new SystemFacts(this.services, new ProtoContracts(this.shop),
			new KafkaFlows(this.services));

	private final SystemModel model = this.facts.model();

	@Test
	void assemblesAppsFromTheirApplicationClassAndConfiguration() {
		assertThat(this.model.apps()).extracting("name", "module", "httpPort", "grpcPort", "gateway")
			.containsExactly(tuple("orders-service", "orders-service", 8090, 50090, false),
					tuple("stock-service", "stock-service", 8091, 50091, false));
		assertThat(this.model.app("orders-service").orElseThrow().engines()).containsExactly("POSTGRES", "KAFKA");
		assertThat(this.model.app("stock-service").orElseThrow().engines()).containsExactly("REDIS", "KAFKA");
	}

	@Test
	void joinsAGrpcStubToTheAppThatImplementsItsService() {
		assertThat(this.model.relations("grpc")).singleElement().satisfies((call) -> {
			assertThat(call.from()).isEqualTo("orders-service");
			assertThat(call.to()).isEqualTo("stock-service");
			assertThat(call.label()).isEqualTo("Reserve");
			assertThat(call.sources()).extracting(Source::file)
				.containsExactly(
						"orders-service/src/main/java/dev/shopfront/orders/infrastructure/client/StockGrpcClient.java",
						"stock-service/src/main/java/dev/shopfront/stock/interfaces/grpc/StockGrpcService.java");
		});
	}

	@Test
	void joinsKafkaProducersAndListenersThroughTheTopicConstants() {
		assertThat(this.model.relations()).filteredOn((relation) -> relation.kind().startsWith("kafka"))
			.extracting(Relation::from, Relation::to, Relation::kind, Relation::mechanism)
			.containsExactly(tuple("orders-service", "order-events", "kafka-publish", ""),
					tuple("stock-service", "order-events", "kafka-consume", ""));
		assertThat(this.model.topics()).extracting("name").containsExactly("audit-events", "order-events");
		assertThat(this.model.topic("order-events").orElseThrow().eventTypes()).containsExactly("order.placed");
	}

	@Test
	void drawsGrpcCallsWithTheRpcsTheClientCalls() {
		assertThat(new SystemDiagrams(this.model).communicationFlow().mermaid())
			.contains("orders_service -->|\"gRPC Reserve (StockGrpcClient)\"| stock_service")
			.contains("orders_service -.->|\"order-events\"| kafka")
			.contains("kafka -.->|\"order-events\"| stock_service");
	}

	@Test
	void drawsEachAppWithItsEnginesAndPorts() {
		assertThat(new SystemDiagrams(this.model).overview().mermaid())
			.contains("orders_service[\"orders-service<br/>HTTP :8090, gRPC :50090\"]")
			.contains("orders_service --> store_POSTGRES")
			.contains("stock_service --> store_KAFKA")
			.doesNotContain("stock_service --> store_POSTGRES");
	}

	@Test
	void givesEachDependencyARiskLevelFromHowTheAppDependsOnIt() {
		Diagram risks = new DependencyRiskTable(this.services, this.facts).draw();
		// A gRPC call without breaker or retries; a direct Kafka send; a topic's
		// listener.
		assertThat(risks.mermaid()).contains("orders_service ==>|\"high risk: gRPC Reserve\"| to_stock_service")
			.contains("orders_service ==>|\"high risk: spring-kafka\"| to_Kafka")
			.contains("stock_service -.->|\"low risk: spring-kafka\"| to_Kafka");
		assertThat(risks.table()).contains("| orders-service | stock-service | gRPC Reserve |")
			.contains("| high (sync, no breaker) |")
			.contains("| high (async send, no outbox) |")
			.contains("| low (async, listener) |");
	}

	@Test
	void ranksRiskBySynchronyAndProtection() {
		assertThat(DependencyRiskTable.risk(DependencyRiskTable.Coupling.SYNCHRONOUS, false, false)).startsWith("high");
		assertThat(DependencyRiskTable.risk(DependencyRiskTable.Coupling.SYNCHRONOUS, true, false))
			.startsWith("medium");
		assertThat(DependencyRiskTable.risk(DependencyRiskTable.Coupling.SYNCHRONOUS, false, true))
			.startsWith("medium");
		assertThat(DependencyRiskTable.risk(DependencyRiskTable.Coupling.OUTBOX, false, false)).startsWith("low");
		assertThat(DependencyRiskTable.risk(DependencyRiskTable.Coupling.DIRECT_SEND, false, false)).startsWith("high");
	}

}
