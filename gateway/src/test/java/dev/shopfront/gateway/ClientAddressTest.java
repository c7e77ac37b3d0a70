package dev.shopfront.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Behind a trusted proxy the client is the rightmost X-Forwarded-For hop that is not a
 * trusted proxy: what the client wrote left of it cannot give it a new budget.
 */
@LocalEngines(Engine.REDIS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientAddressTest {

	static final StubBackend product = new StubBackend("product");

	private static final AtomicInteger clients = new AtomicInteger((int) (System.nanoTime() % 200));

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("PRODUCT_SERVICE_URLS", product::url);
		registry.add("BASKET_SERVICE_URLS", () -> "http://localhost:1");
		registry.add("PAYMENT_SERVICE_URLS", () -> "http://localhost:1");
		registry.add("RATE_LIMIT_REQUESTS", () -> "1");
		registry.add("RATE_LIMIT_WINDOW", () -> "1m");
		registry.add("RATE_LIMIT_BURST", () -> "5");
		registry.add("LOAD_BALANCER_HEALTH_INTERVAL", () -> "1s");
		// loopback is the proxy in front, 10.0.0.2 a second one behind it
		registry.add("TRUSTED_PROXIES", () -> "127.0.0.1,0:0:0:0:0:0:0:1,10.0.0.2");
	}

	private int passedOf40(String... forwardedFor) {
		WebTestClient client = GatewayTestSupport.client(this.environment);
		// a real verdict of the limiter, not its fail-open answer, and the backend in the
		// balancer's healthy list (the limiter now answers before the first health check)
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			var result = client.get()
				.uri("/api/products/1")
				.header("X-Forwarded-For", "198.18.0." + clients.incrementAndGet())
				.exchange()
				.returnResult(String.class);
			return result.getStatus().value() == 200
					&& !"-1".equals(result.getResponseHeaders().getFirst("X-RateLimit-Remaining"));
		});
		int passed = 0;
		for (int i = 0; i < 40; i++) {
			int status = client.get()
				.uri("/api/products/1")
				.header("X-Forwarded-For", forwardedFor[i % forwardedFor.length].replace("{i}", String.valueOf(i)))
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value();
			passed += (status == 200) ? 1 : 0;
		}
		return passed;
	}

	@Test
	void madeUpEntriesLeftOfTheProxysOwnDoNotEscapeTheLimit() {
		String client = "203.0.113." + clients.incrementAndGet();

		int passed = passedOf40("192.0.2.{i}, " + client, "192.0.2.{i}, 192.0.2.7, " + client + ", 10.0.0.2");

		assertThat(passed).isBetween(1, 6);
	}

	@Test
	void everyRealClientBehindTheProxyHasItsOwnBudget() {
		int first = clients.incrementAndGet();

		int passed = passedOf40("198.51." + first + ".{i}");

		assertThat(passed).isEqualTo(40);
	}

}
