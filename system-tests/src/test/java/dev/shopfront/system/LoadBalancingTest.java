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
		// Round robin gives each instance half; a stray request of an earlier test's
		// polling may still land in the window, so allow one more pick on either side.
		List<Long> served = after.keySet()
			.stream()
			.map((instance) -> after.get(instance) - before.getOrDefault(instance, 0L))
			.toList();
		assertThat(served).allSatisfy((count) -> assertThat(count).isBetween((long) REQUESTS / 2, REQUESTS / 2 + 1L));
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
