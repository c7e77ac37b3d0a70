package dev.shopfront.docs.source;

import java.util.List;

import org.junit.jupiter.api.Test;

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
	void readsTheLocalStackApps() {
		assertThat(new LocalStackApps(Fixtures.shop()).read()).containsExactly(
				new AppDeclaration("stock-service", "stock-service", 8091, 50091, List.of("KAFKA"), java.util.Map.of()),
				new AppDeclaration("orders-service", "orders-service", 8090, 50090, List.of("POSTGRES", "KAFKA"),
						java.util.Map.of("STOCK_SERVICE_URL", "{stock-service.grpc}")));
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
