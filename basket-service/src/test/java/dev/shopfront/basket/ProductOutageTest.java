package dev.shopfront.basket;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProductOutageTest extends BasketServiceIntegrationTest {

	@AfterEach
	void productIsBack() {
		catalog.start();
	}

	private MvcResult add(String user, long product) throws Exception {
		return this.mvc
			.perform(post("/baskets/{user}/items", user).contentType(MediaType.APPLICATION_JSON)
				.content("{\"product_id\": " + product + ", \"quantity\": 1}"))
			.andReturn();
	}

	@Test
	void productDownMeans503QuicklyWhileReadsWorkAndTheBreakerRecovers() throws Exception {
		long lamp = catalog.add("Lamp", "49.00", "home", 10);
		String user = user();
		assertThat(add(user, lamp).getResponse().getStatus()).isEqualTo(200);

		catalog.stop();
		long started = System.nanoTime();
		MvcResult down = add(user, lamp);
		long tookMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(down.getResponse().getStatus()).isEqualTo(503);
		assertThat(down.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(down.getResponse().getContentAsString()).contains("product is not available");
		assertThat(down.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(tookMs).as("two attempts under a 500 ms deadline").isLessThan(2_000);
		this.mvc.perform(get("/baskets/{user}", user))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].quantity").value(1));

		for (int i = 0; i < 4; i++) {
			add(user, lamp);
		}
		int callsWhileOpen = catalog.calls();
		catalog.start();
		this.mvc
			.perform(post("/baskets/{user}/items", user).contentType(MediaType.APPLICATION_JSON)
				.content("{\"product_id\": " + lamp + ", \"quantity\": 1}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"));
		assertThat(catalog.calls()).as("an open breaker does not call the peer").isEqualTo(callsWhileOpen);

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> add(user, lamp).getResponse().getStatus() == 200);
		this.mvc.perform(get("/baskets/{user}", user)).andExpect(jsonPath("$.items[0].quantity").value(2));
	}

}
