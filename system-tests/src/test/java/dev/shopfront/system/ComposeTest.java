package dev.shopfront.system;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.shopfront.localstack.ContainerEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code docker compose --profile monitoring up} as a user types it, started once by
 * Testcontainers from the repository's docker-compose.yml (the images built from the
 * Dockerfiles, the engines' official images), then the shop used through the gateway on
 * 127.0.0.1:8083 and Prometheus asked whether it scrapes every application.
 *
 * <p>
 * It needs Docker with Compose v2 and the fixed ports compose publishes, so it runs only
 * with {@code -Pcompose} (which sets {@value #SWITCH}); otherwise, and without Docker, it
 * is skipped with a message saying so.
 */
@Tag("compose")
@ExtendWith(ComposeTest.WhenComposeCanRun.class)
class ComposeTest {

	static final String SWITCH = "shopfront.compose";

	// The only ports compose publishes (on 127.0.0.1) besides Grafana's: the engines and
	// Kafka
	// stay inside its network, so the events show in what they cause (a basket emptied,
	// stock
	// back).
	private static final String GATEWAY = "http://127.0.0.1:8083";

	private static final String PROMETHEUS = "http://127.0.0.1:9090";

	/** Every service with a healthcheck, in the monitoring profile too. */
	private static final List<String> SERVICES = List.of("postgres", "redis", "mariadb", "kafka", "product-service",
			"basket-service", "payment-service", "notification-service", "gateway", "prometheus", "grafana");

	private static final Set<String> APPLICATIONS = Set.of("gateway", "product-service", "basket-service",
			"payment-service", "notification-service");

	private static ComposeContainer compose;

	/*
	 * Each request as a client of its own: compose's gateway allows one client a burst of
	 * 10, which the polling below would exceed. The limiter has its own tests.
	 */
	private final Api gateway = new Api(GATEWAY, () -> Map.of("X-API-Key", "compose-test-" + UUID.randomUUID()));

	private final Shop shop = new Shop(this.gateway);

	@BeforeAll
	static void composeUp() {
		Path root = Path.of(System.getProperty("shopfront.root", "..")).toAbsolutePath().normalize();
		File file = root.resolve("docker-compose.yml").toFile();
		// Without a DockerImageName, ComposeContainer runs the local `docker compose`;
		// images
		// it cannot find it builds from the Dockerfiles, as `docker compose up` does.
		compose = new ComposeContainer(file).withEnv("COMPOSE_PROFILES", "monitoring")
			.withPull(false)
			.withStartupTimeout(Duration.ofMinutes(10));
		for (String service : SERVICES) {
			compose.waitingFor(service, Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(10)));
		}
		compose.start();
	}

	@AfterAll
	static void composeDown() {
		if (compose != null) {
			compose.stop();
		}
	}

	@Test
	void aPaidBasketLowersStockAndEmptiesTheBasketAndARefundRestocks() {
		long cup = this.shop.createProduct("Cup", "19.99", 10);
		String user = Shop.newUser();
		assertThat(this.shop.addToBasket(user, cup, 3).status()).isEqualTo(200);

		String paymentId = this.shop.checkoutOk(user, "credit_card");
		assertThat(Shop.amountOf(this.shop.payment(paymentId))).isEqualByComparingTo("59.97");
		Api.Reply processed = this.shop.process(paymentId);
		assertThat(processed.text("status")).as("%s", processed).isEqualTo("completed");
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(this.shop.stockOf(cup)).isEqualTo(7);
			assertThat(this.shop.itemsInBasket(user)).isZero();
		});

		Api.Reply refunded = this.shop.refund(paymentId);
		assertThat(refunded.text("status")).as("%s", refunded).isEqualTo("refunded");
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(this.shop.stockOf(cup)).isEqualTo(10));
		assertThat(this.shop.payment(paymentId).text("status")).isEqualTo("refunded");
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(this.shop.paymentNotices(user, paymentId))
				.containsExactly("Payment received", "Payment refunded"));
	}

	@Test
	void aDeclinedPaymentFailsAndLeavesStockAndBasketAsTheyWere() {
		long lamp = this.shop.createProduct("Lamp", "49.00", 4);
		String user = Shop.newUser();
		assertThat(this.shop.addToBasket(user, lamp, 2).status()).isEqualTo(200);

		String paymentId = this.shop.checkoutOk(user, "declined_card");
		Api.Reply processed = this.shop.process(paymentId);
		assertThat(processed.text("status")).as("%s", processed).isEqualTo("failed");
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(this.shop.stockOf(lamp)).isEqualTo(4));
		assertThat(this.shop.basketOf(user).path("items").get(0).path("quantity").asInt()).isEqualTo(2);
		assertThat(this.shop.payment(paymentId).text("status")).isEqualTo("failed");
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(
					() -> assertThat(this.shop.paymentNotices(user, paymentId)).containsExactly("Payment failed"));
	}

	@Test
	void prometheusScrapesEveryApplication() {
		Api prometheus = new Api(PROMETHEUS);
		// Prometheus scrapes every 15 s: the first round may not have happened yet.
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
			Api.Reply targets = prometheus.get("/api/v1/targets?state=active");
			assertThat(targets.status()).as("%s", targets).isEqualTo(200);
			assertThat(healthByJob(targets.body())).as("target health by job")
				.containsOnlyKeys(APPLICATIONS)
				.allSatisfy((job, health) -> assertThat(health).as(job).isEqualTo("up"));
		});
	}

	/**
	 * Skips the class, with the reason in the test report, unless {@code -Pcompose} asked
	 * for it and a Docker environment answers.
	 */
	static final class WhenComposeCanRun implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (context.getTestMethod().isPresent()) {
				return ConditionEvaluationResult.enabled("decided for the class");
			}
			if (!Boolean.getBoolean(SWITCH)) {
				return ConditionEvaluationResult
					.disabled("The compose test runs docker-compose.yml only with -Pcompose "
							+ "(it needs Docker with Compose v2, builds the images and binds the ports compose publishes, "
							+ "127.0.0.1:3000, 8083 and 9090): ./mvnw -B -pl system-tests verify -Pcompose");
			}
			if (!ContainerEngine.dockerAvailable()) {
				return ConditionEvaluationResult.disabled("-Pcompose asks for the compose test, but no Docker "
						+ "environment answered, so docker-compose.yml cannot be started here");
			}
			return ConditionEvaluationResult.enabled("-Pcompose, and a Docker environment answered");
		}

	}

	private static Map<String, String> healthByJob(JsonNode targets) {
		Map<String, String> health = new TreeMap<>();
		for (JsonNode target : targets.path("data").path("activeTargets")) {
			health.put(target.path("labels").path("job").asString(), target.path("health").asString());
		}
		return health;
	}

}
