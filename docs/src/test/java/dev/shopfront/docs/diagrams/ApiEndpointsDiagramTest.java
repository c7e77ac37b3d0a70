package dev.shopfront.docs.diagrams;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.source.HttpEndpoint;
import dev.shopfront.docs.source.JavaType;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

class ApiEndpointsDiagramTest {

	private static final String CONTROLLER = "orders-service/src/main/java/dev/shopfront/orders/interfaces/http/OrderController.java";

	@Test
	void aControllerYieldsExactlyItsEndpoints() {
		Services services = new Services(Fixtures.shop());
		assertThat(services.types("orders-service").stream().flatMap((type) -> type.endpoints().stream()))
			.containsExactly(new HttpEndpoint("GET", "/orders/{id}", "get"),
					new HttpEndpoint("POST", "/orders", "place"));
		assertThat(services.types("orders-service")
			.stream()
			.filter((type) -> !type.endpoints().isEmpty())
			.map(JavaType::name)).containsExactly("OrderController");
	}

	@Test
	void drawsTheEndpointsAndTheProtoRpcsWithTheirFiles() {
		RepositoryFiles shop = Fixtures.shop();
		Diagram diagram = new ApiEndpointsDiagram(new Services(shop), new ProtoContracts(shop)).draw("Stock",
				"stock-service", "stock-service");
		assertThat(diagram.mermaid()).contains("gRPC: shopfront.stock.v1.StockService")
			.contains("Reserve(ReserveRequest) → ReserveResponse")
			.contains("Release(ReleaseRequest) → ReleaseResponse")
			.doesNotContain("REST:");
		assertThat(diagram.sources()).containsExactly("proto/src/main/proto/shopfront/stock/v1/stock_service.proto");
	}

	@Test
	void drawsTheExposedOperationsEndpointsAtTheirMappedPaths() {
		assertThat(draw(Fixtures.shop())).contains("ops_health[\"GET /health\"]")
			.contains("ops_health_ready[\"GET /health/ready\"]")
			.contains("ops_metrics[\"GET /metrics\"]")
			.doesNotContain("/actuator")
			.doesNotContain("/prometheus");
	}

	@Test
	void anAddedMappingChangesTheDiagram(@TempDir Path directory) {
		RepositoryFiles shop = Fixtures.copyOfShop(directory);
		String before = draw(shop);
		Fixtures.edit(shop, CONTROLLER, "	@PostMapping",
				"	@DeleteMapping(\"/{id}\")\n	void cancel() {\n	}\n\n	@PostMapping");
		String after = draw(shop);
		assertThat(before).doesNotContain("DELETE /orders/{id}");
		assertThat(after).contains("ep_OrderController_DELETE_orders_id_[\"DELETE /orders/{id}\"]");
	}

	private static String draw(RepositoryFiles shop) {
		return new ApiEndpointsDiagram(new Services(shop), new ProtoContracts(shop))
			.draw("Orders", "orders-service", "orders-service")
			.mermaid();
	}

}
