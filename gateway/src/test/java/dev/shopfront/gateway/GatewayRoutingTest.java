package dev.shopfront.gateway;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@LocalEngines(Engine.REDIS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingTest {

	static final StubBackend productA = new StubBackend("product-a");

	static final StubBackend productB = new StubBackend("product-b");

	static final StubBackend basket = new StubBackend("basket");

	static final StubBackend payment = new StubBackend("payment");

	static final StubBackend notification = new StubBackend("notification");

	@Autowired
	private Environment environment;

	private WebTestClient client;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("PRODUCT_SERVICE_URLS", () -> productA.url() + "," + productB.url());
		registry.add("BASKET_SERVICE_URLS", basket::url);
		registry.add("PAYMENT_SERVICE_URLS", payment::url);
		registry.add("PAYMENT_SERVICE_ENABLED", () -> "true");
		registry.add("NOTIFICATION_SERVICE_URLS", notification::url);
		registry.add("ADMIN_TOKEN", () -> "s3cret");
		registry.add("MAX_REQUEST_SIZE", () -> "1KB");
		registry.add("LOAD_BALANCER_HEALTH_INTERVAL", () -> "1s");
		registry.add("RATE_LIMIT_REQUESTS", () -> "100000");
		registry.add("RATE_LIMIT_BURST", () -> "100000");
		registry.add("CIRCUIT_BREAKER_TIMEOUT", () -> "1s");
		registry.add("CIRCUIT_BREAKER_MAX_REQUESTS", () -> "1");
		registry.add("shopfront.gateway.circuit-breaker.minimum-calls", () -> "4");
	}

	@BeforeEach
	void setUp() {
		this.client = GatewayTestSupport.client(this.environment);
		for (StubBackend backend : List.of(productA, productB, basket, payment, notification)) {
			backend.status = 200;
			backend.delayMs = 0;
		}
		await().atMost(Duration.ofSeconds(15))
			.until(() -> breakerState().equals("closed") && this.client.get()
				.uri("/admin/loadbalancer/basket-service")
				.header("Authorization", "Bearer s3cret")
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody()
				.contains("\"healthy\":true"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.client.get()
				.uri("/admin/loadbalancer/product-service")
				.header("Authorization", "Bearer s3cret")
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody()
				.matches("(?s).*\"healthy\":true.*\"healthy\":true.*"));
	}

	@AfterEach
	void restart() {
		productB.stop();
		productB.start();
	}

	@Test
	void routesStripTheApiPrefixAndRoundRobinAlternatesExactly() {
		List<String> backends = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			backends.add(GatewayTestSupport.backendOf(this.client, "/api/products/" + i));
		}

		assertThat(backends.get(0)).isNotEqualTo(backends.get(1));
		for (int i = 2; i < 6; i++) {
			assertThat(backends.get(i)).isEqualTo(backends.get(i - 2));
		}
		assertThat(productA.paths).allMatch((path) -> path.startsWith("/products/"));
		assertThat(GatewayTestSupport.backendOf(this.client, "/api/users/u1/payments")).isEqualTo("payment");
		assertThat(payment.paths).contains("/users/u1/payments");
		assertThat(GatewayTestSupport.backendOf(this.client, "/api/baskets/u1")).isEqualTo("basket");
		assertThat(GatewayTestSupport.backendOf(this.client, "/api/notifications/unread?user_id=alice"))
			.isEqualTo("notification");
		assertThat(notification.paths).contains("/notifications/unread");
	}

	@Test
	void theCallersTraceContinuesToTheServiceAsAChildOfTheGatewaysSpan() {
		this.client.get()
			.uri("/api/baskets/u3")
			.header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(basket.traceParents).last()
			.asString()
			.startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-")
			.doesNotContain("00f067aa0ba902b7");
	}

	@Test
	void requestIdIsGeneratedPassedOnAndEchoedWithSecurityHeaders() {
		this.client.get()
			.uri("/api/baskets/u2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("X-Request-Id", "[0-9a-f-]{36}")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.doesNotExist("Strict-Transport-Security")
			.expectHeader()
			.exists("X-RateLimit-Remaining");
		this.client.get()
			.uri("/api/baskets/u2")
			.header("X-Request-Id", "trace-77")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "trace-77");
		assertThat(basket.requestIds).contains("trace-77");
		// an unsafe id never reaches the service; the gateway's own id does
		String answered = this.client.get()
			.uri("/api/baskets/u2")
			.header("X-Request-Id", "forged\tINFO")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");
		assertThat(answered).matches("[0-9a-f-]{36}");
		assertThat(basket.requestIds).contains(answered).doesNotContain("forged\tINFO");
		this.client.get()
			.uri("/api/baskets/u2")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectHeader()
			.exists("Strict-Transport-Security");
	}

	@Test
	void theAccessLogNamesTheInstanceThatAnsweredAndTheRequestId(CapturedOutput output) {
		var answer = this.client.get().uri("/api/products/41").exchange().expectStatus().isOk();
		String requestId = answer.returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
		String backend = answer.expectBody(String.class).returnResult().getResponseBody();
		StubBackend answered = backend.contains("product-a") ? productA : productB;

		assertThat(accessLineOf(output, requestId)).contains("\"method\":\"GET\"")
			.contains("\"path\":\"/api/products/41\"")
			.contains("\"route\":\"product-service\"")
			.contains("\"instance\":\"" + answered.url().replaceFirst("^http://", "") + "\"")
			.contains("\"status\":200")
			.contains("\"outcome\":\"completed\"");
	}

	@Test
	void aRequestWhoseClientLeavesBeforeTheAnswerIsLoggedAsCancelledWithItsId(CapturedOutput output) throws Exception {
		productA.delayMs = 3000;
		productB.delayMs = 3000;
		int port = Integer.parseInt(this.environment.getProperty("local.server.port"));
		String requestId = "gone-" + UUID.randomUUID();
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream()
				.write(("GET /api/products/42 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: " + requestId + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			await().atMost(Duration.ofSeconds(5))
				.until(() -> productA.paths.contains("/products/42") || productB.paths.contains("/products/42"));
		}

		assertThat(accessLineOf(output, requestId)).contains("\"outcome\":\"cancelled\"")
			.contains("\"status\":0")
			.contains("\"path\":\"/api/products/42\"");
	}

	// written by the access log's own thread
	private static String accessLineOf(CapturedOutput output, String requestId) {
		return await().atMost(Duration.ofSeconds(5))
			.until(() -> output.getOut()
				.lines()
				.filter((line) -> line.contains("\"access\"") && line.contains("\"request_id\":\"" + requestId + "\""))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void anInstanceThatGoesDownLeavesTheRotationWithoutClientErrors() {
		productB.stop();

		for (int i = 0; i < 10; i++) {
			this.client.get().uri("/api/products/" + i).exchange().expectStatus().isOk();
		}
	}

	@Test
	void breakerOpensOnCallsWithoutAnswerFailsFastWithoutCallingTheBackendThenRecovers() {
		basket.stop();
		try {
			// Other tests' successful basket calls share the time window, so how many
			// failures reach the 50% threshold depends on the order: fail until it
			// opens, within bounds.
			int failures = 0;
			while (!breakerState().equals("open") && failures < 60) {
				this.client.post().uri("/api/baskets").exchange().expectStatus().isEqualTo(503);
				failures++;
			}
			assertThat(breakerState())
				.as(() -> this.client.get()
					.uri("/admin/circuitbreaker/basket-service")
					.header("Authorization", "Bearer s3cret")
					.exchange()
					.expectBody(String.class)
					.returnResult()
					.getResponseBody())
				.isEqualTo("open");
			assertThat(failures).isGreaterThanOrEqualTo(4);
		}
		finally {
			basket.start();
		}
		int hits = basket.hits.get();

		this.client.post()
			.uri("/api/baskets")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("basket-service is not available right now; try again shortly");
		assertThat(basket.hits.get()).isEqualTo(hits);

		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).until(() -> {
			this.client.get().uri("/api/baskets/u3").exchange();
			return breakerState().equals("closed");
		});
		this.client.get().uri("/api/baskets/u3").exchange().expectStatus().isOk();
	}

	@Test
	void aBackendsServerErrorIsPassedOnAsItIsAndNeverReportedAsAnOutage() {
		basket.status = 500;

		for (int i = 0; i < 12; i++) {
			this.client.post()
				.uri("/api/baskets")
				.exchange()
				.expectStatus()
				.isEqualTo(500)
				.expectHeader()
				.contentType(MediaType.APPLICATION_JSON)
				.expectBody()
				.json("{\"backend\":\"basket\",\"status\":500}");
		}

		assertThat(breakerState()).isEqualTo("closed");
	}

	@Test
	void aGetAnsweredWithAServerErrorIsNotSentAgain() {
		basket.status = 503;
		int hits = basket.hits.get();

		this.client.get().uri("/api/baskets/u5").exchange().expectStatus().isEqualTo(503);

		assertThat(basket.hits.get()).isEqualTo(hits + 1);
	}

	@Test
	void aBackendsClientErrorIsPassedOnAsItIs() {
		basket.status = 404;

		this.client.get()
			.uri("/api/baskets/nobody")
			.exchange()
			.expectStatus()
			.isEqualTo(404)
			.expectBody()
			.json("{\"backend\":\"basket\",\"status\":404}");
	}

	@Test
	void theGatewaysOwnErrorsAreProblemDetails() {
		int port = Integer.parseInt(this.environment.getProperty("local.server.port"));
		this.client.get()
			.uri("/no/such/route")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.detail")
			.isEqualTo("no route or endpoint of the gateway matches /no/such/route");
		this.client.post()
			.uri("/admin/status")
			.header("Authorization", "Bearer s3cret")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("Allow", "GET")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(405);

		RawHttp.Reply tooLong = RawHttp.get(port, "/api/products/" + "a".repeat(5000));
		assertThat(tooLong.status()).isEqualTo(414);
		assertThat(tooLong.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(tooLong.body()).contains("\"status\":414", "\"detail\":\"the request line");
		RawHttp.Reply badEncoding = RawHttp.get(port, "/api/products/%zz");
		assertThat(badEncoding.status()).as("%s", badEncoding).isEqualTo(400);
		assertThat(badEncoding.header("Content-Type")).isEqualTo("application/problem+json");
		RawHttp.Reply hugeHeader = RawHttp.get(port, "/api/products/1", "X-Big: " + "b".repeat(20_000));
		assertThat(hugeHeader.status()).isEqualTo(431);
		assertThat(hugeHeader.header("Content-Type")).isEqualTo("application/problem+json");
	}

	@Test
	void aChunkedBodyOverTheLimitIs413WithoutReachingTheBackendWhole() {
		int port = Integer.parseInt(this.environment.getProperty("local.server.port"));

		RawHttp.Reply small = RawHttp.postChunked(port, "/api/baskets", List.of(100, 100));
		assertThat(small.status()).as("%s", small).isEqualTo(200);
		assertThat(basket.bodySizes).contains(200);

		RawHttp.Reply large = RawHttp.postChunked(port, "/api/baskets", List.of(512, 512, 512, 512));
		assertThat(large.status()).as("%s", large).isEqualTo(413);
		assertThat(large.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(large.body()).contains("larger than the limit of 1024 bytes");
		assertThat(basket.bodySizes).doesNotContain(2048);
		assertThat(breakerState()).isEqualTo("closed");
	}

	@Test
	void roundRobinAlternatesExactlyAcrossHealthCheckRounds() {
		// product-a's checks answer alternately before and after product-b's, so each
		// round lists the instances in the other order
		productA.healthDelayMs = (n) -> (n % 2 == 0) ? 0 : 80;
		productB.healthDelayMs = (n) -> 40;
		try {
			int checks = productA.healthChecks.get();
			List<String> backends = new ArrayList<>();
			while (productA.healthChecks.get() < checks + 4 || backends.size() < 40) {
				backends.add(GatewayTestSupport.backendOf(this.client, "/api/products/rr"));
			}
			for (int i = 1; i < backends.size(); i++) {
				assertThat(backends.get(i)).as("pick %d of %s", i, backends).isNotEqualTo(backends.get(i - 1));
			}
		}
		finally {
			productA.healthDelayMs = (n) -> 0;
			productB.healthDelayMs = (n) -> 0;
		}
	}

	private String breakerState() {
		return this.client.get()
			.uri("/admin/circuitbreaker/basket-service")
			.header("Authorization", "Bearer s3cret")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.replaceAll(".*\"state\":\"([a-z_]+)\".*", "$1");
	}

	@Test
	void adminNeedsTheTokenAndKnowsOnlyRealServices() {
		this.client.get().uri("/admin/status").exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri("/admin/status")
			.header("Authorization", "Bearer wrong")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get()
			.uri("/admin/services")
			.header("Authorization", "Bearer s3cret")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(4);
		this.client.get()
			.uri("/admin/loadbalancer/nothing")
			.header("Authorization", "Bearer s3cret")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void manyConcurrentCallsToOneServiceAreAllServed() throws Exception {
		// payment, not basket: the breaker test counts basket's failures against its
		// successes
		payment.delayMs = 300;
		ExecutorService callers = Executors.newFixedThreadPool(60);
		try {
			List<Future<Integer>> statuses = callers.invokeAll(Collections.nCopies(60,
					() -> this.client.get()
						.uri("/api/payments/busy")
						.exchange()
						.returnResult(String.class)
						.getStatus()
						.value()));
			for (Future<Integer> status : statuses) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void anOversizedBodyIs413() {
		this.client.post()
			.uri("/api/baskets")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"user_id\":\"" + "x".repeat(2000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void healthEndpointsAndMetricsAreServed() {
		this.client.get().uri("/health/live").exchange().expectStatus().isOk();
		this.client.get().uri("/health/ready").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/health/detailed")
			.header("Authorization", "Bearer s3cret")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.backends.details.services.length()")
			.isEqualTo(4)
			.jsonPath("$.components.backends.details.services[?(@.service == 'notification-service')]")
			.exists();
		this.client.get().uri("/api/products/1").exchange();
		String metrics = this.client.get()
			.uri("/metrics")
			.header("Authorization", "Bearer s3cret")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("gateway_loadbalancer_picks", "spring_cloud_gateway_requests_seconds_count",
				"resilience4j_circuitbreaker_state", "gateway_rate_limited");
		assertThat(metrics).as("no long-task timer per in-flight request (server or client)")
			.doesNotContain("_active_seconds");
	}

}
