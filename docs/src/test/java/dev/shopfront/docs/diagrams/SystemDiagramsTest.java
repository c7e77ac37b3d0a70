package dev.shopfront.docs.diagrams;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

class SystemDiagramsTest {

	private final RepositoryFiles shop = Fixtures.shop();

	private final Services services = new Services(this.shop);

	private final SystemModel model = new SystemModel(this.services, new ProtoContracts(this.shop),
			new KafkaFlows(this.services));

	@Test
	void drawsGrpcCallsWithTheRpcsTheClientCalls() {
		assertThat(this.model.grpcCalls().calls()).singleElement().satisfies((call) -> {
			assertThat(call.app()).isEqualTo("orders-service");
			assertThat(call.target()).isEqualTo("stock-service");
			assertThat(call.rpcs()).containsExactly("Reserve");
		});
		assertThat(new SystemDiagrams(this.model).communicationFlow().mermaid())
			.contains("orders_service -->|\"gRPC Reserve (StockGrpcClient)\"| stock_service")
			.contains("orders_service -.->|\"order-events\"| kafka")
			.contains("kafka -.->|\"order-events\"| stock_service");
	}

	@Test
	void drawsEachAppWithItsEnginesAndPorts() {
		assertThat(new SystemDiagrams(this.model).overview().mermaid())
			.contains("orders_service[\"orders-service<br/>HTTP :8090, gRPC :50090\"]")
			.contains("orders_service --> engine_POSTGRES")
			.contains("stock_service --> engine_KAFKA")
			.doesNotContain("stock_service --> engine_POSTGRES");
	}

}
