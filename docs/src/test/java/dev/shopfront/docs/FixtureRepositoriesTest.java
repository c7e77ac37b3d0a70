package dev.shopfront.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.diagrams.KafkaFlows;
import dev.shopfront.docs.diagrams.Services;
import dev.shopfront.docs.diagrams.SystemFacts;
import dev.shopfront.docs.model.App;
import dev.shopfront.docs.model.Diagram;
import dev.shopfront.docs.model.Page;
import dev.shopfront.docs.model.Relation;
import dev.shopfront.docs.model.SystemModel;
import dev.shopfront.docs.model.Topic;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The generator on repositories of other shapes than this one, with no configuration
 * file: what their diagrams must show, and no page citing a file they do not have.
 */
class FixtureRepositoriesTest {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	/**
	 * A config server, a service registry and a gateway in front of three services, like
	 * spring-petclinic-microservices.
	 */
	@Test
	void drawsAConfigServerRegistryAndGatewayShape() {
		RepositoryFiles repository = new RepositoryFiles(FIXTURES.resolve("petclinic"));
		SystemModel model = model(repository);
		assertThat(model.name()).isEqualTo("petclinic");
		assertThat(model.apps()).extracting(App::name, App::httpPort, App::gateway)
			.containsExactly(tuple("api-gateway", 8080, true), tuple("config-server", 8888, false),
					tuple("customers-service", 8081, false), tuple("discovery-server", 8761, false),
					tuple("vets-service", 8083, false), tuple("visits-service", 8082, false));
		assertThat(model.relations("http")).extracting(Relation::from, Relation::to, Relation::via)
			.contains(tuple("api-gateway", "vets-service", "route vets-service"),
					tuple("api-gateway", "visits-service", "route visits-service"),
					tuple("api-gateway", "customers-service", "route customers-service"),
					tuple("api-gateway", "customers-service", "CustomersServiceClient"),
					tuple("api-gateway", "visits-service", "VisitsServiceClient"),
					tuple("customers-service", "config-server", "spring.config.import"),
					tuple("customers-service", "discovery-server", "eureka.client.serviceUrl.defaultZone"),
					tuple("discovery-server", "config-server", "spring.config.import"));
		assertThat(model.relations("http")).noneMatch((relation) -> relation.to().equals("api-gateway"));
		assertThat(model.topics()).isEmpty();
		assertThat(model.app("customers-service").orElseThrow().engines()).containsExactly("MYSQL");
		assertThat(pages(repository)).extracting(Page::fileName)
			.contains("README.md", "communication.md", "customers-service.md", "api-gateway.md")
			.doesNotContain("events.md");
	}

	/**
	 * gRPC between two apps, Kafka through an outbox table, deployed with compose only.
	 */
	@Test
	void drawsAGrpcKafkaOutboxShapeWithComposeOnly() {
		RepositoryFiles repository = new RepositoryFiles(FIXTURES.resolve("outbox"));
		SystemModel model = model(repository);
		assertThat(model.apps()).extracting(App::name, App::httpPort, App::grpcPort)
			.containsExactly(tuple("orders", 8080, 9090), tuple("shipping", 8081, 0));
		assertThat(model.relations("grpc")).extracting(Relation::from, Relation::to, Relation::label, Relation::via)
			.containsExactly(tuple("shipping", "orders", "GetOrder", "OrdersClient"));
		assertThat(model.relations("kafka-publish")).extracting(Relation::from, Relation::to, Relation::mechanism)
			.containsExactly(tuple("orders", "orders.v1", "outbox"));
		assertThat(model.relations("kafka-consume")).extracting(Relation::from, Relation::to, Relation::via)
			.containsExactly(tuple("shipping", "orders.v1", "OrderPlacedListener"));
		assertThat(model.topics()).extracting(Topic::name).containsExactly("orders.v1");
		assertThat(model.app("orders").orElseThrow().engines()).containsExactly("POSTGRES", "KAFKA");
		List<Page> pages = pages(repository);
		assertThat(pages).extracting(Page::fileName).contains("events.md", "deployment.md", "orders.md");
		String communication = pages.stream()
			.filter((page) -> page.fileName().equals("communication.md"))
			.flatMap((page) -> page.diagrams().stream())
			.map(Diagram::mermaid)
			.reduce("", String::concat);
		assertThat(communication).contains("shipping -->|\"gRPC GetOrder (OrdersClient)\"| orders")
			.contains("orders -.->|\"outbox → orders.v1\"| kafka")
			.contains("kafka -.->|\"orders.v1\"| shipping");
	}

	private static SystemModel model(RepositoryFiles repository) {
		Services services = new Services(repository);
		return new SystemFacts(services, new ProtoContracts(repository), new KafkaFlows(services)).model();
	}

	/** Every page, checking that each cites only files the repository has. */
	private static List<Page> pages(RepositoryFiles repository) {
		List<Page> pages = new Catalogue(repository).pages();
		List<String> missing = new ArrayList<>();
		for (Page page : pages) {
			for (Diagram diagram : page.diagrams()) {
				diagram.sources()
					.stream()
					.filter((file) -> !repository.exists(file))
					.forEach((file) -> missing.add(page.fileName() + " / " + diagram.title() + ": " + file));
			}
		}
		assertThat(missing).as("cited files that do not exist").isEmpty();
		return pages;
	}

}
