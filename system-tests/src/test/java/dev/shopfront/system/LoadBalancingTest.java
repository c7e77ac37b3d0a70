package dev.shopfront.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.shopfront.localstack.system.Instance;

import static org.assertj.core.api.Assertions.assertThat;

@Order(3)
class LoadBalancingTest {

	private static final int REQUESTS = 40;

	private final SystemUnderTest system = SystemUnderTest.get();

	@Test
	void twoProductInstancesShareTheTrafficRoundRobin() {
		List<Instance> products = this.system.productInstances();
		assertThat(products).hasSize(2);
		Map<String, Long> before = picks();

		for (int i = 0; i < REQUESTS; i++) {
			assertThat(this.system.gateway().get("/api/products?size=1").status()).isEqualTo(200);
		}

		Map<String, Long> after = picks();
		assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(
				products.stream().map((instance) -> "localhost:" + instance.httpPort()).toList());
		// Every request is one pick (no retry: every answer was 200; nothing else goes
		// through the gateway meanwhile) and round robin over the healthy instances, kept
		// in
		// their configured order whatever order the health checks answer in, gives each
		// exactly half. It once gave 21/19: Spring Cloud's health checks listed the
		// instances in the order they answered, so a round that swapped them sent two
		// requests in a row to the same instance (GatewayRoutingTest reproduces it).
		Map<String, Long> served = new HashMap<>();
		after.forEach((instance, count) -> served.put(instance, count - before.getOrDefault(instance, 0L)));
		assertThat(served.values()).as("picks per instance: %s", served)
			.containsExactly((long) REQUESTS / 2, (long) REQUESTS / 2);
	}

	private Map<String, Long> picks() {
		Api.Reply status = this.system.gateway()
			.get("/admin/loadbalancer/product-service",
					Map.of("Authorization", "Bearer " + SystemUnderTest.ADMIN_TOKEN));
		assertThat(status.status()).as("%s", status).isEqualTo(200);
		assertThat(status.text("strategy")).isEqualTo("round_robin");
		Map<String, Long> picks = new HashMap<>();
		for (JsonNode instance : status.body().path("instances")) {
			assertThat(instance.path("healthy").asBoolean()).as("%s", instance).isTrue();
			picks.put(instance.path("instance").asString(), instance.path("picks").asLong());
		}
		return picks;
	}

}
