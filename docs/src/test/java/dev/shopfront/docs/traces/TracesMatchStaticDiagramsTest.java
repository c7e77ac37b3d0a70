package dev.shopfront.docs.traces;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.shopfront.docs.diagrams.KafkaFlows;
import dev.shopfront.docs.diagrams.Services;
import dev.shopfront.docs.diagrams.SystemFacts;
import dev.shopfront.docs.model.Relation;
import dev.shopfront.docs.model.Source;
import dev.shopfront.docs.model.SystemModel;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Issue 19: every edge the recorded scenarios (docs/traces, from the system tests) show
 * between apps, from an app to an engine and from an app to a topic is drawn in the
 * static communication and dependency diagrams, which the readers build from the code. A
 * call the code makes that no reader sees fails here, named.
 */
class TracesMatchStaticDiagramsTest {

	private static final RepositoryFiles REPOSITORY = new RepositoryFiles(Path.of("..").toAbsolutePath().normalize());

	private static final List<RecordedScenario> SCENARIOS = RecordedTraces.read(REPOSITORY);

	private static final SystemModel MODEL = model();

	private static SystemModel model() {
		Services services = new Services(REPOSITORY);
		return new SystemFacts(services, new ProtoContracts(REPOSITORY), new KafkaFlows(services)).model();
	}

	@Test
	void everyEdgeTheScenariosShowIsDrawnByTheStaticDiagrams() {
		assertThat(SCENARIOS).extracting(RecordedScenario::name)
			.contains("checkout", "declined-payment", "refund", "product-service-outage", "kafka-outage");
		ObservedEdges observed = new ObservedEdges(SCENARIOS);
		assertThat(observed.edges()).extracting(ObservedEdge::key)
			.contains("gateway -> basket-service (http)", "basket-service -> product-service (grpc)",
					"payment-service -> basket-service (grpc)", "payment-service -> product-service (grpc)",
					"payment-service -> payment-events (kafka-publish)",
					"notification-service -> payment-events (kafka-consume)", "basket-service -> REDIS (store)",
					"payment-service -> MARIADB (store)", "product-service -> POSTGRES (store)");
		assertThatNoException().isThrownBy(() -> observed.check(MODEL));
	}

	@Test
	void anEdgeTheStaticModelLacksFailsNamingIt() {
		SystemModel withoutTheStockCall = new SystemModel(MODEL.name(), MODEL.apps(), MODEL.topics(), MODEL.relations()
			.stream()
			.filter((relation) -> !ObservedEdges.key(relation).equals("basket-service -> product-service (grpc)"))
			.toList(), MODEL.actors(), MODEL.unresolved());

		assertThatIllegalStateException().isThrownBy(() -> new ObservedEdges(SCENARIOS).check(withoutTheStockCall))
			.withMessageContaining("basket-service -> product-service (grpc), seen in [checkout");
	}

	@Test
	void aCallNoReaderSeesFailsNamingIt() {
		// The notification service calling the product service over gRPC: no code does.
		List<RecordedScenario> planted = new ArrayList<>(SCENARIOS);
		Source source = new Source("docs/traces/checkout.json", 1);
		planted.add(new RecordedScenario("planted", "A call the code does not make", "docs/traces/checkout.json",
				List.of(span("1", "", "notification-service", "SERVER", Map.of("uri", "/notifications"), source),
						span("2", "1", "notification-service", "CLIENT",
								Map.of("rpc.service", "shopfront.product.v1.ProductService", "rpc.method",
										"GetProduct"),
								source),
						span("3", "2", "product-service", "SERVER",
								Map.of("rpc.service", "shopfront.product.v1.ProductService", "rpc.method",
										"GetProduct"),
								source),
						span("4", "3", "product-service", "PRODUCER",
								Map.of("messaging.destination.name", "audit-events"), source))));

		assertThatIllegalStateException().isThrownBy(() -> new ObservedEdges(planted).check(MODEL))
			.withMessageContaining("notification-service -> product-service (grpc), seen in [planted]")
			.withMessageContaining("product-service -> audit-events (kafka-publish), seen in [planted]")
			.withMessageNotContaining("basket-service -> product-service");
	}

	@Test
	void staticEdgesNoScenarioShowedAreListed() {
		List<Relation> notExercised = new ObservedEdges(SCENARIOS).notExercised(MODEL);
		assertThat(notExercised).extracting(ObservedEdges::key)
			.doesNotContain("basket-service -> product-service (grpc)")
			.allSatisfy((key) -> assertThat(new ObservedEdges(SCENARIOS).edges()).extracting(ObservedEdge::key)
				.doesNotContain(key));
		assertThat(new ObservedEdges(List.of()).notExercised(MODEL))
			.hasSameSizeAs(MODEL.relations().stream().map(ObservedEdges::key).distinct().toList());
	}

	private static TracedSpan span(String id, String parent, String service, String kind,
			Map<String, String> attributes, Source source) {
		return new TracedSpan(id, parent, service, service + " " + kind, kind, "UNSET", 0, 0, attributes, source);
	}

}
