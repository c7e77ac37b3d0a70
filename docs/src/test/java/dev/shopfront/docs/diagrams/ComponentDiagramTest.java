package dev.shopfront.docs.diagrams;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.model.App;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C4 level 3 of this repository's payment service: its beans by kind, from controller to
 * handler to port, the adapter implementing the port and the service it calls.
 */
class ComponentDiagramTest {

	private static final RepositoryFiles REPOSITORY = new RepositoryFiles(Path.of("..").toAbsolutePath().normalize());

	@Test
	void drawsControllerHandlerPortAdapterAndWhatTheAdapterReaches() {
		Services services = new Services(REPOSITORY);
		SystemFacts facts = new SystemFacts(services, new ProtoContracts(REPOSITORY), new KafkaFlows(services));
		App payment = services.app("payment-service").orElseThrow();
		String mermaid = new ComponentDiagram(services).draw("Components", payment, facts.model()).mermaid();
		assertThat(mermaid).contains("subgraph kind_entry [\"Entry points\"]")
			.contains("PaymentController --> CreatePaymentHandler")
			.contains("CreatePaymentHandler --> StockReservations")
			.contains("StockReservationsGrpcClient -.->|\"implements\"| StockReservations")
			.contains("StockReservationsGrpcClient --> app_product_service")
			.contains("StockReservations(\"StockReservations<br/>[port]\")")
			// Commands and domain records are not beans.
			.doesNotContain("CreatePaymentCommand")
			.doesNotContain("PaymentServiceConfiguration");
	}

}
