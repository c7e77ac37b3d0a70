package dev.shopfront.gateway;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalEngines;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API, /metrics and the details of /health need ADMIN_TOKEN, however the path
 * is spelled (issue 23: {@code /%61dmin/status} answered 200 without it).
 */
@LocalEngines(Engine.REDIS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminAccessTest {

	static final StubBackend product = new StubBackend("product");

	private static final String TOKEN = "Authorization: Bearer s3cret";

	private static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	private Environment environment;

	private int port;

	@DynamicPropertySource
	static void backends(DynamicPropertyRegistry registry) {
		registry.add("PRODUCT_SERVICE_URLS", product::url);
		registry.add("BASKET_SERVICE_URLS", () -> "http://localhost:1");
		registry.add("PAYMENT_SERVICE_URLS", () -> "http://localhost:1");
		registry.add("ADMIN_TOKEN", () -> "s3cret");
		// the tests speak for clients behind a proxy on loopback, one address each, so
		// that one test's wrong tokens do not lock out the others
		registry.add("TRUSTED_PROXIES", () -> "127.0.0.1,0:0:0:0:0:0:0:1");
		registry.add("shopfront.gateway.admin-guesses.limit", () -> "3");
	}

	@BeforeEach
	void setUp() {
		this.port = Integer.parseInt(this.environment.getProperty("local.server.port"));
	}

	private static String newClient() {
		return "X-Forwarded-For: 198.51.100." + addresses.incrementAndGet();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/status", "/%61dmin/status", "/%61dmin/services", "/%61%64%6d%69%6e/services",
			"/ADMIN/status", "/Admin/services", "/%41dmin/status", "//admin/status", "///admin//services",
			"/x/../admin/status", "/./admin/status", "/api/products/../../admin/services", "/%2e%2e/admin/status",
			"/x/%2e%2e/admin/status", "/admin;x=1/status", "/%61dmin;jsessionid=1/services", "/admin/./status",
			"/x%2f..%2fadmin/status", "/%2fadmin/status", "/admin%2fstatus", "/x%5c..%5cadmin/status",
			"/admin/loadbalancer/product-service", "/admin/circuitbreaker/product-service", "/metrics", "/%6detrics",
			"/METRICS", "/x/../metrics", "/metrics;a=b", "/health/detailed", "/health/full", "/%68ealth/detailed",
			"/HEALTH/Detailed", "/health/./full", "/health;a=b/detailed" })
	void everySpellingOfAGuardedPathIs401WithoutTheToken(String path) {
		RawHttp.Reply reply = RawHttp.get(this.port, path, newClient());

		assertThat(reply.status()).as("%s: %s", path, reply).isEqualTo(401);
		assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(reply.body()).doesNotContain("\"instances\"", "uptime", "jvm_", "\"components\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/status", "/%61dmin/status", "/admin;x=1/status", "/Admin/status" })
	void everySpellingOfTheAdminApiGetsItsStrictContentSecurityPolicy(String path) {
		RawHttp.Reply anonymous = RawHttp.get(this.port, path, newClient());
		RawHttp.Reply admin = RawHttp.get(this.port, path, newClient(), TOKEN);

		assertThat(anonymous.header("Content-Security-Policy")).as(path)
			.isEqualTo("default-src 'none'; frame-ancestors 'none'");
		assertThat(admin.header("Content-Security-Policy")).as(path)
			.isEqualTo("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void theSpellingsTheRouterAcceptsServeTheAdminApiWithTheToken() {
		for (String path : new String[] { "/admin/status", "/%61dmin/status", "/admin;x=1/status" }) {
			RawHttp.Reply reply = RawHttp.get(this.port, path, newClient(), TOKEN);
			assertThat(reply.status()).as("%s: %s", path, reply).isEqualTo(200);
			assertThat(reply.body()).contains("\"uptime_seconds\"");
		}
	}

	@Test
	void healthShowsItsStatusToEveryoneAndItsDetailsOnlyWithTheToken() {
		for (String path : new String[] { "/health", "/%68ealth", "/health/live", "/health/ready" }) {
			RawHttp.Reply anonymous = RawHttp.get(this.port, path, newClient());
			// DOWN (503) when the loaded test machine makes the Redis check time out
			assertThat(anonymous.status()).as("%s: %s", path, anonymous).isIn(200, 503);
			assertThat(anonymous.body()).as(path)
				.containsPattern("\"status\":\"(UP|DOWN)\"")
				.doesNotContain("components", "details", "localhost", "diskSpace");
		}
		RawHttp.Reply health = RawHttp.get(this.port, "/health", newClient(), TOKEN);
		assertThat(health.status()).isIn(200, 503);
		assertThat(health.body()).contains("\"backends\"", "\"diskSpace\"", "localhost:" + product.port);
		RawHttp.Reply detailed = RawHttp.get(this.port, "/health/detailed", newClient(), TOKEN);
		assertThat(detailed.status()).isIn(200, 503);
		assertThat(detailed.body()).contains("\"backends\"", "product-service", "localhost:" + product.port);
	}

	@Test
	void metricsNeedTheToken() {
		RawHttp.Reply admin = RawHttp.get(this.port, "/metrics", newClient(), TOKEN);

		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void wrongTokensFromOneAddressAreLimitedThen429EvenForTheRightToken() {
		String guesser = newClient();
		for (int i = 0; i < 3; i++) {
			assertThat(RawHttp.get(this.port, "/admin/status", guesser, "Authorization: Bearer guess-" + i).status())
				.isEqualTo(401);
		}

		RawHttp.Reply locked = RawHttp.get(this.port, "/%61dmin/status", guesser, TOKEN);
		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 300L);
		assertThat(RawHttp.get(this.port, "/health", guesser, "Authorization: Bearer guess-4").status()).isEqualTo(429);
		// a made-up X-Forwarded-For entry left of the proxy's does not free the guesser
		assertThat(
				RawHttp.get(this.port, "/admin/status", "X-Forwarded-For: 203.0.113.1, " + guesser.substring(17), TOKEN)
					.status())
			.isEqualTo(429);
		assertThat(RawHttp.get(this.port, "/admin/status", newClient(), TOKEN).status()).isEqualTo(200);
	}

}
