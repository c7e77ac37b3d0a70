package dev.shopfront.docs.diagrams;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.SystemModel;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.traces.ObservedEdges;
import dev.shopfront.docs.traces.RecordedScenario;
import dev.shopfront.docs.traces.RecordedTraces;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioDiagramsTest {

	private final SystemModel model = new SystemFacts(new Services(Fixtures.shop()),
			new ProtoContracts(Fixtures.shop()), new KafkaFlows(new Services(Fixtures.shop())))
		.model();

	@Test
	void drawsCallsAnswersStoresAndKafkaHopsInTheOrderTheyHappened() {
		RecordedScenario scenario = scenario(List.of(
				span(1, 0, "orders-service", "SERVER", 0, 100,
						"\"method\":\"POST\",\"uri\":\"/orders\",\"status\":\"201\""),
				span(2, 1, "orders-service", "CLIENT", 10, 30,
						"\"rpc.service\":\"shop.Stock\",\"rpc.method\":\"Reserve\",\"grpc.status_code\":\"OK\""),
				span(3, 2, "stock-service", "SERVER", 12, 28,
						"\"rpc.service\":\"shop.Stock\",\"rpc.method\":\"Reserve\",\"grpc.status_code\":\"OK\""),
				span(4, 3, "stock-service", "CLIENT", 14, 15, "\"db.system\":\"redis\",\"db.operation\":\"HINCRBY\""),
				span(5, 3, "stock-service", "CLIENT", 16, 17, "\"db.system\":\"redis\",\"db.operation\":\"HINCRBY\""),
				span(6, 1, "orders-service", "CLIENT", 40, 41,
						"\"jdbc.datasource.driver\":\"org.postgresql.Driver\",\"jdbc.query[0]\":\"INSERT INTO orders (id) VALUES (?)\""),
				span(7, 1, "orders-service", "PRODUCER", 120, 121, "\"messaging.destination.name\":\"order-events\""),
				span(8, 7, "stock-service", "CONSUMER", 130, 140, "\"messaging.source.name\":\"order-events\"")));

		String mermaid = new ScenarioDiagrams(this.model, new ObservedEdges(List.of(scenario))).sequence(scenario)
			.mermaid();

		assertThat(mermaid.lines().map(String::strip).toList()).containsSubsequence(
				"actor client as Client (system test)", "client->>orders_service: POST /orders",
				"orders_service->>stock_service: Reserve", "stock_service->>REDIS: HINCRBY ×2",
				"stock_service-->>orders_service: OK", "orders_service->>POSTGRES: INSERT orders",
				"orders_service-->>client: 201", "orders_service-)KAFKA: order-events",
				"KAFKA-)stock_service: order-events");
	}

	@Test
	void aRequestRepeatedByPollingIsDrawnOnceInALoop() {
		List<String> spans = new ArrayList<>();
		// Its answer is the same as the polled request's: the loop must not start there.
		spans.add(span(9, 0, "orders-service", "SERVER", 0, 50,
				"\"method\":\"POST\",\"uri\":\"/orders\",\"status\":\"200\""));
		for (int i = 0; i < 3; i++) {
			int id = 2 * i + 1;
			spans.add(span(id, 0, "orders-service", "SERVER", 100 * i + 100, 100 * i + 150,
					"\"method\":\"GET\",\"uri\":\"/orders/{id}\",\"status\":\"200\""));
			spans.add(span(id + 1, id, "orders-service", "CLIENT", 100 * i + 110, 100 * i + 120,
					"\"jdbc.datasource.driver\":\"org.postgresql.Driver\",\"jdbc.query[0]\":\"SELECT id FROM orders\""));
		}
		RecordedScenario scenario = scenario(spans);

		Diagram diagram = new ScenarioDiagrams(this.model, new ObservedEdges(List.of(scenario))).sequence(scenario);

		assertThat(diagram.mermaid()).containsOnlyOnce("GET /orders/#123;id#125;");
		assertThat(diagram.mermaid().lines().map(String::strip).toList()).containsSubsequence(
				"client->>orders_service: POST /orders", "orders_service-->>client: 200", "loop 3 times",
				"client->>orders_service: GET /orders/#123;id#125;", "orders_service-->>client: 200", "end");
		assertThat(diagram.sources()).containsExactly("docs/traces/test.json");
	}

	@Test
	void theServiceGraphCountsCallsAndListsStaticEdgesNoScenarioShowed() {
		RecordedScenario scenario = scenario(
				List.of(span(1, 0, "orders-service", "SERVER", 0, 100, "\"method\":\"POST\",\"uri\":\"/orders\""),
						span(2, 1, "orders-service", "CLIENT", 10, 30,
								"\"rpc.service\":\"shop.Stock\",\"rpc.method\":\"Reserve\""),
						span(3, 2, "stock-service", "SERVER", 12, 28,
								"\"rpc.service\":\"shop.Stock\",\"rpc.method\":\"Reserve\""),
						span(4, 1, "orders-service", "CLIENT", 40, 50,
								"\"rpc.service\":\"shop.Stock\",\"rpc.method\":\"Reserve\""),
						span(5, 4, "stock-service", "SERVER", 42, 48,
								"\"rpc.service\":\"shop.Stock\",\"rpc.method\":\"Reserve\"")));

		Diagram graph = new ScenarioDiagrams(this.model, new ObservedEdges(List.of(scenario)))
			.serviceGraph(List.of(scenario));

		assertThat(graph.mermaid()).contains("gRPC ×2");
		assertThat(graph.table()).contains("Not exercised by the scenarios")
			.contains("`orders-service -> POSTGRES (store)`")
			.doesNotContain("`orders-service -> stock-service (grpc)`");
	}

	private static RecordedScenario scenario(List<String> spans) {
		String json = "{\n  \"scenario\" : \"test\",\n  \"title\" : \"Test\",\n  \"spans\" : [ "
				+ String.join(", ", spans) + " ]\n}\n";
		return RecordedTraces.parse("docs/traces/test.json", json);
	}

	private static String span(int id, int parent, String service, String kind, long start, long end,
			String attributes) {
		return "{\n    \"id\" : \"" + id + "\",\n    \"parent\" : " + ((parent == 0) ? "null" : "\"" + parent + "\"")
				+ ",\n    \"service\" : \"" + service + "\",\n    \"name\" : \"x\",\n    \"kind\" : \"" + kind
				+ "\",\n    \"status\" : \"UNSET\",\n    \"start_us\" : " + start + ",\n    \"end_us\" : " + end
				+ ",\n    \"attributes\" : {" + attributes + "}\n  }";
	}

}
