package dev.shopfront.basket;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.grpc.server.lifecycle.GrpcServerStartedEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;

/**
 * Base of the integration tests: the whole service on real Redis and Kafka with a real
 * gRPC product peer, one Spring context shared by every subclass. The product client's
 * deadline and breaker are tightened so outage tests run in seconds.
 */
@LocalEngines({ Engine.REDIS, Engine.KAFKA })
@SpringBootTest(properties = { "spring.grpc.server.port=0", "GRPC_AUTH_TOKEN=test-grpc-token-0123456789",
		"shopfront.kafka.retry.initial-interval=50ms", "shopfront.grpc.clients.product.deadline=500ms",
		"shopfront.grpc.clients.product.max-attempts=2", "shopfront.grpc.clients.product.initial-backoff=20ms",
		"shopfront.grpc.clients.product.sliding-window-size=4",
		"shopfront.grpc.clients.product.minimum-number-of-calls=4",
		"shopfront.grpc.clients.product.wait-in-open-state=1s",
		// As an operator shows them on a private instance: the tests check which
		// indicators run.
		"management.endpoint.health.show-components=always" })
@AutoConfigureMockMvc
@Import(BasketServiceIntegrationTest.GrpcPort.class)
abstract class BasketServiceIntegrationTest {

	protected static final CatalogPeer catalog = CatalogPeer.INSTANCE;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	private CircuitBreakerRegistry breakers;

	@DynamicPropertySource
	static void productPeer(DynamicPropertyRegistry registry) {
		catalog.start();
		registry.add("PRODUCT_SERVICE_URL", catalog::address);
	}

	/**
	 * The subclasses share one context, so a breaker an outage test opened would still
	 * refuse calls in whichever test runs next (the order differs between checkouts).
	 */
	@BeforeEach
	void everyBreakerClosed() {
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	protected static String user() {
		return "u-" + System.nanoTime();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class GrpcPort {

		final AtomicInteger port = new AtomicInteger();

		@EventListener
		void started(GrpcServerStartedEvent event) {
			this.port.set(event.getPort());
		}

	}

}
