package dev.shopfront.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

class CheckoutConcurrencyTest extends PaymentServiceIntegrationTest {

	@Test
	void thirtyBuyersOfTenUnitsNeverOversell() throws Exception {
		long product = product(10);
		List<String> users = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String user = user() + "-" + i;
			peers.baskets.put(user, product, "Last units", "12.00", 1);
			users.add(user);
		}
		ExecutorService pool = Executors.newFixedThreadPool(30);
		List<Future<String>> outcomes = new ArrayList<>();
		for (String user : users) {
			outcomes.add(pool.submit(() -> {
				MvcResult created = createPayment(user, "credit_card").andReturn();
				if (created.getResponse().getStatus() != 201) {
					return String.valueOf(created.getResponse().getStatus());
				}
				String id = created.getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
				MvcResult processed = this.mvc.perform(post("/payments/{id}/process", id)).andReturn();
				return processed.getResponse().getContentAsString().contains("\"status\":\"completed\"") ? "completed"
						: "not completed";
			}));
		}
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		assertThat(results).filteredOn("completed"::equals).hasSize(10);
		assertThat(results).filteredOn("409"::equals).hasSize(20);
		assertThat(peers.stock.of(product)).isZero();
	}

}
