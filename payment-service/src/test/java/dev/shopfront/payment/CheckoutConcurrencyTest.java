package dev.shopfront.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
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

	/**
	 * Each create with an Idempotency-Key also writes the key's row; under MariaDB's
	 * default REPEATABLE READ, the gap locks of those writes deadlocked concurrent
	 * checkouts into 500s.
	 */
	@Test
	void concurrentCheckoutsWithIdempotencyKeysAllSucceed() throws Exception {
		int buyers = 40;
		long product = product(buyers);
		List<String> users = new ArrayList<>();
		for (int i = 0; i < buyers; i++) {
			String user = user() + "-k" + i;
			peers.baskets.put(user, product, "Plenty", "3.00", 1);
			users.add(user);
		}
		ExecutorService pool = Executors.newFixedThreadPool(buyers);
		List<Future<String>> outcomes = new ArrayList<>();
		for (String user : users) {
			outcomes.add(pool.submit(() -> {
				MvcResult created = this.mvc.perform(post("/payments").contentType(MediaType.APPLICATION_JSON)
					.header("Idempotency-Key", "key-" + user)
					.content(
							"{\"user_id\": \"%s\", \"currency\": \"EUR\", \"method\": \"credit_card\", \"provider\": \"simulated\"}"
								.formatted(user)))
					.andReturn();
				return created.getResponse().getStatus() + " " + created.getResponse().getContentAsString();
			}));
		}
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		assertThat(results).hasSize(buyers).allSatisfy((result) -> assertThat(result).startsWith("201 "));
		assertThat(peers.stock.of(product)).isZero();
	}

}
