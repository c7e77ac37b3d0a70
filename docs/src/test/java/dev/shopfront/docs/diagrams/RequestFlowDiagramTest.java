package dev.shopfront.docs.diagrams;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The checkout of this repository, followed through its code. */
class RequestFlowDiagramTest {

	@Test
	void drawsErrorBranchesAsBlocksAndReturnsAsDashedArrows() {
		RepositoryFiles repository = new RepositoryFiles(Path.of("..").toAbsolutePath().normalize());
		Services services = new Services(repository);
		ProtoContracts contracts = new ProtoContracts(repository);
		SystemFacts facts = new SystemFacts(services, contracts, new KafkaFlows(services));
		String mermaid = new RequestFlowDiagram(services, facts, contracts)
			.draw("flow", services.app("payment-service").orElseThrow(), "POST", "/payments")
			.orElseThrow()
			.mermaid();
		// The release of a reservation happens only when creating the payment fails.
		assertThat(mermaid).containsPattern(
				"opt on \\w+Exception\\n\\s+CreatePaymentHandler->>StockReservationsGrpcClient: release\\n");
		assertThat(mermaid).doesNotContainPattern("\\n  CreatePaymentHandler->>StockReservationsGrpcClient: release");
		assertThat(mermaid).contains("basket_service-->>BasketReaderGrpcClient: Basket");
		assertThat(mermaid.split("\\n\\s*opt ", -1).length).isEqualTo(mermaid.split("\\n\\s*end\\n", -1).length);
	}

}
