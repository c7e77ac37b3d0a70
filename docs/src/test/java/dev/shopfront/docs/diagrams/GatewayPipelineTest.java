package dev.shopfront.docs.diagrams;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.TypeDeclaration;
import org.junit.jupiter.api.Test;

import dev.shopfront.docs.model.App;
import dev.shopfront.docs.source.FilterOrders;
import dev.shopfront.docs.source.ProtoContracts;
import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway architecture draws the filter pipeline in the order Spring runs it, read
 * from each filter's getOrder() and the route configuration, on this repository's
 * gateway.
 */
class GatewayPipelineTest {

	private static final RepositoryFiles REPOSITORY = new RepositoryFiles(Path.of("..").toAbsolutePath().normalize());

	@Test
	void evaluatesOrderExpressionsOverSpringsConstantsAndTheClassesOwn() {
		TypeDeclaration<?> owner = StaticJavaParser
			.parse("class F { static final int SHIFT = 3; static final int BASE = SHIFT * 2; }")
			.getType(0);
		assertThat(evaluate("Ordered.HIGHEST_PRECEDENCE + 2", owner)).contains((long) Integer.MIN_VALUE + 2);
		assertThat(evaluate("ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1", owner))
			.contains(10151L);
		assertThat(evaluate("-(BASE + 1)", owner)).contains(-7L);
		assertThat(evaluate("Unknown.ORDER", owner)).isEmpty();
	}

	@Test
	void drawsTheGatewaysFiltersInTheOrderSpringRunsThem() {
		Services services = new Services(REPOSITORY);
		ProtoContracts contracts = new ProtoContracts(REPOSITORY);
		SystemFacts facts = new SystemFacts(services, contracts, new KafkaFlows(services));
		App gateway = facts.gateway().orElseThrow();
		String mermaid = new GatewayDiagrams(services, facts, gateway).architecture().mermaid();
		List<String> chain = List.of("client --> filter_RequestIdFilter", "--> filter_RequestSizeLimitFilter",
				"--> match", "--> filter_RateLimitFilter", "--> route_CircuitBreaker", "--> lb", "--> proxy",
				"proxy -->|\"/api/products");
		int at = -1;
		for (String step : chain) {
			int next = mermaid.indexOf(step, at + 1);
			assertThat(next).as(step + " after the previous step in\n" + mermaid).isGreaterThan(at);
			at = next;
		}
		assertThat(mermaid).contains("route_CircuitBreaker -.->|\"open or no answer\"|");
	}

	private static Optional<Long> evaluate(String expression, TypeDeclaration<?> owner) {
		return FilterOrders.evaluate(StaticJavaParser.parseExpression(expression), owner);
	}

}
