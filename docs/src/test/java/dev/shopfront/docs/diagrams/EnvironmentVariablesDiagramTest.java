package dev.shopfront.docs.diagrams;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.shopfront.docs.Fixtures;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.source.Placeholder;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentVariablesDiagramTest {

	private static final String YAML = "orders-service/src/main/resources/application.yml";

	@Test
	void readsEveryEnvironmentPlaceholderButNoPropertyReference() {
		assertThat(new Services(Fixtures.shop()).placeholders("orders-service")).containsExactly(
				new Placeholder("DB_HOST", "localhost", "spring.datasource.url", YAML),
				new Placeholder("DB_PORT", "5432", "spring.datasource.url", YAML),
				new Placeholder("DB_PASSWORD", "", "spring.datasource.password", YAML),
				new Placeholder("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092", "spring.kafka.bootstrap-servers", YAML),
				new Placeholder("GRPC_PORT", "50090", "spring.grpc.server.port", YAML),
				new Placeholder("STOCK_SERVICE_URL", "localhost:50091", "spring.grpc.client.channels.stock.address",
						YAML),
				new Placeholder("PORT", "8090", "server.port", YAML),
				new Placeholder("ORDER_TTL", "1h", "shopfront.orders.ttl", YAML));
	}

	@Test
	void linksEachGroupToWhatReadsIt() {
		List<Diagram> diagrams = new EnvironmentVariablesDiagram(new Services(Fixtures.shop())).draw("Env",
				"orders-service");
		assertThat(diagrams).hasSize(1);
		Diagram diagram = diagrams.get(0);
		assertThat(diagram.mermaid()).contains("cfg_shopfront_orders -->|\"read by\"| class_OrdersConfiguration")
			.contains("cfg_spring_datasource -->|\"read by\"| auto_Spring_Boot_auto_configuration")
			.contains("cfg_spring_grpc_client_channels_stock -->|\"read by\"| auto_Spring_gRPC_auto_configuration")
			.contains("env_spring_datasource_DB_PASSWORD[\"DB_PASSWORD (no default)\"]");
		assertThat(diagram.sources()).containsExactly(
				"orders-service/src/main/java/dev/shopfront/orders/infrastructure/config/OrdersConfiguration.java",
				YAML);
	}

	@Test
	void anAddedPlaceholderChangesTheDiagram(@TempDir Path directory) {
		RepositoryFiles shop = Fixtures.copyOfShop(directory);
		Fixtures.edit(shop, YAML, "    ttl: ${ORDER_TTL:1h}", "    ttl: ${ORDER_TTL:1h}\n    limit: ${ORDER_LIMIT:5}");
		assertThat(new EnvironmentVariablesDiagram(new Services(shop)).draw("Env", "orders-service").get(0).mermaid())
			.contains("env_shopfront_orders_ORDER_LIMIT[\"ORDER_LIMIT = 5\"]");
	}

	@Test
	void manySettingsAreSplitBetweenKeysIntoChartsOfAtMostFortyNodes(@TempDir Path directory) {
		RepositoryFiles shop = Fixtures.copyOfShop(directory);
		StringBuilder groups = new StringBuilder("    ttl: ${ORDER_TTL:1h}");
		for (int i = 10; i < 60; i++) {
			groups.append("\n  group").append(i).append(":\n    value: ${SETTING_").append(i).append(":x}");
		}
		Fixtures.edit(shop, YAML, "    ttl: ${ORDER_TTL:1h}", groups.toString());

		List<Diagram> diagrams = new EnvironmentVariablesDiagram(new Services(shop)).draw("Env", "orders-service");

		assertThat(diagrams).extracting(Diagram::title).containsExactly("Env (1 of 2)", "Env (2 of 2)");
		Pattern node = Pattern.compile("(?m)^ +[A-Za-z0-9_]+(\\[|\\(|\\{)");
		assertThat(diagrams).allSatisfy((diagram) -> assertThat(node.matcher(diagram.mermaid()).results().count())
			.isLessThanOrEqualTo(EnvironmentVariablesDiagram.MAX_NODES));
		String all = diagrams.get(0).mermaid() + diagrams.get(1).mermaid();
		for (int i = 10; i < 60; i++) {
			assertThat(all).contains("SETTING_" + i + " = x");
		}
		assertThat(all).contains("DB_PASSWORD (no default)", "ORDER_TTL = 1h");
	}

	@Test
	void aBracketedMapKeyIsOneSegmentOfItsGroup() {
		assertThat(EnvironmentVariablesDiagram.group("management.observations.enable.[http.server.requests]"))
			.isEqualTo("management.observations.enable");
		assertThat(EnvironmentVariablesDiagram.group("spring.datasource.url")).isEqualTo("spring.datasource");
	}

}
