package dev.shopfront.gateway;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.shopfront.localstack.EmbeddedEngine;
import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;
import dev.shopfront.localstack.LocalStack;
import dev.shopfront.localstack.Ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@LocalEngines(Engine.REDIS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitTest {

	static final StubBackend product = new StubBackend("product");

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("PRODUCT_SERVICE_URLS", product::url);
		registry.add("BASKET_SERVICE_URLS", () -> "http://localhost:1");
		registry.add("PAYMENT_SERVICE_URLS", () -> "http://localhost:1");
		registry.add("PAYMENT_SERVICE_ENABLED", () -> "false");
		registry.add("RATE_LIMIT_REQUESTS", () -> "1");
		registry.add("RATE_LIMIT_WINDOW", () -> "1m");
		registry.add("RATE_LIMIT_BURST", () -> "5");
		// exact sharing, every request asks Redis: the counts below are exact
		// (RedisTokenBucketsTest bounds the default, local allowance)
		registry.add("RATE_LIMIT_SYNC_TOKENS", () -> "0");
		// a health round gives up after one interval: at 200 ms a slow answer on a loaded
		// machine took the backend out of rotation and requests got 503
		registry.add("LOAD_BALANCER_HEALTH_INTERVAL", () -> "2s");
		registry.add("API_KEYS", () -> API_KEYS);
		// Boot would believe X-Forwarded-For by itself here, unless told not to
		registry.add("spring.main.cloud-platform", () -> "kubernetes");
	}

	static final String API_KEYS = "warm-up,warm-up-2,warm-up-3,greedy,modest,shared,during-outage";

	private static int status(WebTestClient client, String apiKey) {
		return client.get()
			.uri("/api/products/1")
			.header("X-API-Key", apiKey)
			.exchange()
			.expectBody()
			.returnResult()
			.getStatus()
			.value();
	}

	// The limiter answers again (after another test's Redis restart, Lettuce needs a
	// moment; meanwhile the limiter fails open and every request passes).
	private static void awaitLimiter(WebTestClient client) {
		awaitLimiter(client, "warm-up");
	}

	private static void awaitLimiter(WebTestClient client, String apiKey) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !"-1".equals(client.get()
				.uri("/api/products/1")
				.header("X-API-Key", apiKey)
				.exchange()
				.returnResult(String.class)
				.getResponseHeaders()
				.getFirst("X-RateLimit-Remaining")));
	}

	@Test
	void aBurstOverBudgetIs429WhileAnotherClientIsUnaffected() {
		WebTestClient client = GatewayTestSupport.client(this.environment);
		awaitLimiter(client);

		for (int i = 0; i < 5; i++) {
			assertThat(status(client, "greedy")).isEqualTo(200);
		}
		client.get()
			.uri("/api/products/1")
			.header("X-API-Key", "greedy")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("Retry-After", "60")
			.expectHeader()
			.valueEquals("X-RateLimit-Remaining", "0");
		assertThat(status(client, "modest")).isEqualTo(200);
	}

	@Test
	void twoGatewayInstancesOnOneRedisShareTheBudget() throws Exception {
		WebTestClient first = GatewayTestSupport.client(this.environment);
		try (SecondGateway second = SecondGateway.start(product.url())) {
			WebTestClient other = second.client();
			// a gateway that has not reached Redis yet fails open and would admit
			// everything
			awaitLimiter(first);
			awaitLimiter(other, "warm-up-2");

			for (int i = 0; i < 3; i++) {
				assertThat(status(first, "shared")).isEqualTo(200);
			}
			assertThat(status(other, "shared")).isEqualTo(200);
			assertThat(status(other, "shared")).isEqualTo(200);
			assertThat(status(other, "shared")).isEqualTo(429);
			assertThat(status(first, "shared")).isEqualTo(429);
		}
	}

	/**
	 * Another gateway replica in a JVM of its own, as in production: a second Spring
	 * context in this JVM would share (and, when it closes, stop) JVM-wide state such as
	 * Logback's context and Reactor Netty's resources.
	 */
	record SecondGateway(Process process, int port) implements AutoCloseable {

		static SecondGateway start(String productUrl) throws IOException {
			int port = Ports.free();
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
					GatewayApplication.class.getName()));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "second-gateway.log").toFile()));
			builder.environment().putAll(LocalStack.shared().redis().environment());
			builder.environment()
				.putAll(Map.of("PORT", String.valueOf(port), "PRODUCT_SERVICE_URLS", productUrl, "BASKET_SERVICE_URLS",
						"http://localhost:1", "PAYMENT_SERVICE_URLS", "http://localhost:1", "RATE_LIMIT_REQUESTS", "1",
						"RATE_LIMIT_BURST", "5", "RATE_LIMIT_SYNC_TOKENS", "0", "LOAD_BALANCER_HEALTH_INTERVAL", "2s",
						"API_KEYS", API_KEYS, "LOG_FORMAT", "text"));
			SecondGateway gateway = new SecondGateway(builder.start(), port);
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				if (!gateway.process.isAlive()) {
					throw new IllegalStateException("the second gateway exited: see target/second-gateway.log");
				}
				return Ports.inUse(port);
			});
			return gateway;
		}

		WebTestClient client() {
			return WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + this.port)
				.responseTimeout(Duration.ofSeconds(10))
				.build();
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}

	}

	@Test
	void withRedisDownTheLimiterFailsOpen() {
		WebTestClient client = GatewayTestSupport.client(this.environment);
		await().atMost(Duration.ofSeconds(10)).until(() -> status(client, "warm-up-3") == 200);
		EmbeddedEngine redis = LocalStack.shared().redis();
		redis.stop();
		try {
			for (int i = 0; i < 8; i++) {
				client.get()
					.uri("/api/products/1")
					.header("X-API-Key", "during-outage")
					.exchange()
					.expectStatus()
					.isOk()
					.expectHeader()
					.valueEquals("X-RateLimit-Remaining", "-1");
			}
		}
		finally {
			redis.start();
		}
	}

	@Test
	void madeUpApiKeysAreRefusedAndDoNotEscapeTheLimit() {
		WebTestClient client = GatewayTestSupport.client(this.environment);
		awaitLimiter(client);

		int passed = 0;
		for (int i = 0; i < 40; i++) {
			int status = client.get()
				.uri("/api/products/1")
				.header("X-API-Key", "made-up-" + UUID.randomUUID())
				.exchange()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(401)
				.returnResult()
				.getStatus()
				.value();
			passed += (status == 200) ? 1 : 0;
		}

		assertThat(passed).isZero();
	}

	@Test
	void madeUpForwardedForAddressesFromAnUntrustedPeerDoNotEscapeTheAddressLimit() {
		WebTestClient client = GatewayTestSupport.client(this.environment);
		awaitLimiter(client);

		int passed = 0;
		for (int i = 0; i < 40; i++) {
			int status = client.get()
				.uri("/api/products/1")
				.header("X-Forwarded-For", "192.0.2." + i)
				.exchange()
				.expectBody()
				.returnResult()
				.getStatus()
				.value();
			passed += (status == 200) ? 1 : 0;
		}

		// one address, one bucket: the burst of 5 and at most one refill
		assertThat(passed).isBetween(1, 6);
	}

	@Test
	void aDisabledServiceAnswers503() {
		GatewayTestSupport.client(this.environment)
			.get()
			.uri("/api/payments/x")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("payment-service is switched off at the gateway");
	}

}
