package dev.shopfront.docs.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.model.Source;

import dev.shopfront.docs.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

class SmallReadersTest {

	@Test
	void readsTheProtoServiceRpcsAndMessages() {
		ProtoFile proto = new ProtoContracts(Fixtures.shop()).files().get(0);
		assertThat(proto.packageName()).isEqualTo("shopfront.stock.v1");
		assertThat(proto.services()).singleElement()
			.satisfies((service) -> assertThat(service.rpcs()).containsExactly(
					new ProtoFile.Rpc("Reserve", "ReserveRequest", "ReserveResponse"),
					new ProtoFile.Rpc("Release", "ReleaseRequest", "ReleaseResponse")));
		assertThat(proto.messages()).extracting(ProtoFile.Message::name)
			.containsExactly("ReserveRequest", "ReserveResponse");
		assertThat(proto.messages().get(0).fields()).containsExactly("product_id", "quantity");
	}

	@Test
	void findsTheAppsByTheirSpringBootApplicationClassNotByAComment() {
		assertThat(new SpringBootApps().read(Fixtures.shop())).containsExactly(
				new SpringBootApps.BootApp("orders-service", "OrdersApplication",
						new Source("orders-service/src/main/java/dev/shopfront/orders/OrdersApplication.java", 5)),
				new SpringBootApps.BootApp("stock-service", "StockApplication",
						new Source("stock-service/src/main/java/dev/shopfront/stock/StockApplication.java", 6)));
	}

	@Test
	void readsSpringSettingsWithTheirLinesAndPlaceholderDefaults() {
		SpringConfig config = SpringConfig.read(Fixtures.shop(), "orders-service");
		assertThat(config.get("server.port")).hasValueSatisfying((setting) -> {
			assertThat(setting.value()).isEqualTo("${PORT:8090}");
			assertThat(setting.resolved()).isEqualTo("8090");
			assertThat(setting.source()).isEqualTo(new Source("orders-service/src/main/resources/application.yml", 17));
		});
		assertThat(config.get("management.endpoint.health.group.ready.include").orElseThrow().value()).isEqualTo("db");
	}

	@Test
	void readsMakefileTargetsWithPrerequisitesAndCommands() {
		assertThat(new MakefileReader().read(Fixtures.shop().read("Makefile"))).containsExactly(
				new MakefileReader.Target("build", List.of(), "Build it", List.of("$(MVNW) install")),
				new MakefileReader.Target("run", List.of("build"), "Run it", List.of("$(MVNW) exec:java")));
	}

	@Test
	void readsPomDependenciesWithScopeAndPlugins() {
		PomReader reader = new PomReader();
		PomReader.Pom module = reader.read("orders-service/pom.xml", Fixtures.shop().read("orders-service/pom.xml"));
		assertThat(module.dependencies()).containsExactly(
				new PomReader.Coordinate("org.springframework.boot", "spring-boot-starter-jdbc", "compile"),
				new PomReader.Coordinate("org.junit.jupiter", "junit-jupiter", "test"));
		PomReader.Pom root = reader.read("pom.xml", Fixtures.shop().read("pom.xml"));
		assertThat(root.modules()).containsExactly("orders-service");
		assertThat(root.plugins()).extracting(PomReader.Coordinate::artifactId)
			.containsExactly("spring-javaformat-maven-plugin");
	}

}
