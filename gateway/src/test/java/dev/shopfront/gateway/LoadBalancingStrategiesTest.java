package dev.shopfront.gateway;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Nested;
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

class LoadBalancingStrategiesTest {

	static void common(DynamicPropertyRegistry registry) {
		registry.add("RATE_LIMIT_ENABLED", () -> "false");
		// a health round gives up after one interval: at 200 ms a slow answer on a loaded
		// machine took a backend out of rotation mid-test (503)
		registry.add("LOAD_BALANCER_HEALTH_INTERVAL", () -> "1s");
		registry.add("BASKET_SERVICE_URLS", () -> "http://localhost:1");
		registry.add("PAYMENT_SERVICE_URLS", () -> "http://localhost:1");
	}

	static Map<String, Integer> spread(WebTestClient client, int requests) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < requests; i++) {
			counts.merge(GatewayTestSupport.backendOf(client, "/api/products/" + i), 1, Integer::sum);
		}
		return counts;
	}

	static void awaitBothHealthy(WebTestClient client) {
		await().atMost(Duration.ofSeconds(10)).until(() -> spread(client, 4).size() == 2);
	}

	@Nested
	@LocalEngines(Engine.REDIS)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class WeightedRoundRobin {

		static final StubBackend heavy = new StubBackend("heavy");

		static final StubBackend light = new StubBackend("light");

		@Autowired
		private Environment environment;

		@DynamicPropertySource
		static void backends(DynamicPropertyRegistry registry) {
			common(registry);
			registry.add("LOAD_BALANCER_STRATEGY", () -> "weighted_round_robin");
			registry.add("PRODUCT_SERVICE_URLS", () -> heavy.url() + ";weight=3," + light.url() + ";weight=1");
		}

		@Test
		void weightsThreeToOneGiveSeventyFivePercent() {
			WebTestClient client = GatewayTestSupport.client(this.environment);
			awaitBothHealthy(client);

			Map<String, Integer> counts = spread(client, 1000);

			assertThat(counts.get("heavy") / 1000.0).isBetween(0.70, 0.80);
			assertThat(counts.get("heavy") + counts.get("light")).isEqualTo(1000);
		}

	}

	@Nested
	@LocalEngines(Engine.REDIS)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class LeastConnections {

		static final StubBackend slow = new StubBackend("slow");

		static final StubBackend idle = new StubBackend("idle");

		@Autowired
		private Environment environment;

		@DynamicPropertySource
		static void backends(DynamicPropertyRegistry registry) {
			common(registry);
			registry.add("LOAD_BALANCER_STRATEGY", () -> "least_connections");
			registry.add("PRODUCT_SERVICE_URLS", () -> slow.url() + "," + idle.url());
		}

		@Test
		void newRequestsGoToTheIdleInstanceWhileTheOtherIsBusy() {
			WebTestClient client = GatewayTestSupport.client(this.environment);
			awaitBothHealthy(client);
			slow.delayMs = 5000;
			// With both idle the tie is broken round robin: send one request at a time
			// until one sits on "slow".
			ExecutorService blockers = Executors.newCachedThreadPool();
			int warmUpHits = slow.hits.get();
			await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).until(() -> {
				if (slow.hits.get() == warmUpHits) {
					blockers.submit(() -> client.get().uri("/api/products/block").exchange());
				}
				return slow.hits.get() > warmUpHits;
			});

			int slowBefore = slow.hits.get();
			for (int i = 0; i < 10; i++) {
				assertThat(GatewayTestSupport.backendOf(client, "/api/products/" + i)).isEqualTo("idle");
			}
			assertThat(slow.hits.get()).isEqualTo(slowBefore);
			slow.delayMs = 0;
			blockers.shutdown();
		}

	}

	@Nested
	@LocalEngines(Engine.REDIS)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class Disabled {

		static final StubBackend primary = new StubBackend("primary");

		static final StubBackend standby = new StubBackend("standby");

		@Autowired
		private Environment environment;

		@DynamicPropertySource
		static void backends(DynamicPropertyRegistry registry) {
			common(registry);
			registry.add("LOAD_BALANCER_ENABLED", () -> "false");
			registry.add("PRODUCT_SERVICE_URLS", () -> primary.url() + "," + standby.url());
		}

		@Test
		void theFirstHealthyInstanceTakesEveryRequest() {
			WebTestClient client = GatewayTestSupport.client(this.environment);
			// Until the primary's first health check passes, only the standby is known
			// healthy; on a busy machine the first round may time out for both
			// and answer 503.
			await().atMost(Duration.ofSeconds(10))
				.ignoreExceptions()
				.until(() -> GatewayTestSupport.backendOf(client, "/api/products/0"), "primary"::equals);

			assertThat(spread(client, 20)).containsExactly(Map.entry("primary", 20));

			primary.stop();
			try {
				await().atMost(Duration.ofSeconds(10))
					.ignoreExceptions()
					.until(() -> GatewayTestSupport.backendOf(client, "/api/products/1"), "standby"::equals);
				assertThat(spread(client, 20)).containsExactly(Map.entry("standby", 20));
			}
			finally {
				primary.start();
			}
		}

	}

}
