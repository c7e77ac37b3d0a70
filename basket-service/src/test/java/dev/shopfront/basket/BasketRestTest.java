package dev.shopfront.basket;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BasketRestTest extends BasketServiceIntegrationTest {

	@Autowired
	private StringRedisTemplate redis;

	private ResultActions addItem(String user, String json) throws Exception {
		return this.mvc
			.perform(post("/baskets/{user}/items", user).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static void expectProblem(ResultActions result, int status, String detailPart) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString(detailPart)));
	}

	@Test
	void anUnknownUserHasAnEmptyBasket() throws Exception {
		this.mvc.perform(get("/baskets/{user}", user()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0))
			.andExpect(jsonPath("$.total").value(0.00))
			.andExpect(content().string(containsString("\"total\":0.00")));
	}

	@Test
	void createIs201ThenConflict() throws Exception {
		String user = user();
		String body = "{\"user_id\": \"" + user + "\"}";

		this.mvc.perform(post("/baskets").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/baskets/" + user))
			.andExpect(jsonPath("$.id").isNotEmpty());
		expectProblem(this.mvc.perform(post("/baskets").contentType(MediaType.APPLICATION_JSON).content(body)), 409,
				"already has a basket");
	}

	@Test
	void priceNameAndCategoryComeFromTheCatalogueNotTheClient() throws Exception {
		long teapot = catalog.add("Teapot", "19.99", "kitchen", 10);
		String user = user();

		addItem(user, "{\"product_id\": " + teapot + ", \"quantity\": 3, \"price\": 0.01, \"name\": \"Free\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("Teapot"))
			.andExpect(jsonPath("$.items[0].category").value("kitchen"))
			.andExpect(jsonPath("$.items[0].price").value(19.99))
			.andExpect(jsonPath("$.items[0].subtotal").value(59.97))
			.andExpect(content().string(containsString("\"total\":59.97")));
	}

	@Test
	void addingAnExistingProductAddsToItsQuantityUpToTheStock() throws Exception {
		long mug = catalog.add("Mug", "4.50", "kitchen", 5);
		String user = user();

		addItem(user, "{\"product_id\": " + mug + ", \"quantity\": 2}").andExpect(status().isOk());
		addItem(user, "{\"product_id\": " + mug + ", \"quantity\": 3}")
			.andExpect(jsonPath("$.items[0].quantity").value(5))
			.andExpect(jsonPath("$.total").value(22.50));
		expectProblem(addItem(user, "{\"product_id\": " + mug + ", \"quantity\": 1}"), 409, "only 5 of product");
	}

	@Test
	void anUnknownProductIsUnprocessable() throws Exception {
		expectProblem(addItem(user(), "{\"product_id\": 424242, \"quantity\": 1}"), 422,
				"product 424242 does not exist");
	}

	@Test
	void setQuantityReplacesAndZeroRemoves() throws Exception {
		long pen = catalog.add("Pen", "2.00", "stationery", 10);
		long ink = catalog.add("Ink", "3.00", "stationery", 10);
		String user = user();
		addItem(user, "{\"product_id\": " + pen + ", \"quantity\": 1}");
		addItem(user, "{\"product_id\": " + ink + ", \"quantity\": 1}");

		this.mvc
			.perform(put("/baskets/{user}/items/{product}", user, pen).contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\": 4}"))
			.andExpect(jsonPath("$.total").value(11.00));
		this.mvc
			.perform(put("/baskets/{user}/items/{product}", user, pen).contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\": 0}"))
			.andExpect(jsonPath("$.items.length()").value(1));
		expectProblem(this.mvc
			.perform(put("/baskets/{user}/items/{product}", user, pen).contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\": 2}")), 404, "has no product " + pen);
		expectProblem(this.mvc
			.perform(put("/baskets/{user}/items/{product}", user, ink).contentType(MediaType.APPLICATION_JSON)
				.content("{\"quantity\": 11}")), 409, "only 10 of product");
	}

	@Test
	void removeItemClearAndDeleteBasket() throws Exception {
		long pen = catalog.add("Pen", "2.00", "stationery", 10);
		long ink = catalog.add("Ink", "3.00", "stationery", 10);
		String user = user();
		addItem(user, "{\"product_id\": " + pen + ", \"quantity\": 1}");
		addItem(user, "{\"product_id\": " + ink + ", \"quantity\": 1}");

		this.mvc.perform(delete("/baskets/{user}/items/{product}", user, pen))
			.andExpect(jsonPath("$.items[0].product_id").value(ink));
		expectProblem(this.mvc.perform(delete("/baskets/{user}/items/{product}", user, pen)), 404, "has no product");
		this.mvc.perform(delete("/baskets/{user}/items", user))
			.andExpect(jsonPath("$.items.length()").value(0))
			.andExpect(jsonPath("$.id").isNotEmpty());
		this.mvc.perform(delete("/baskets/{user}", user)).andExpect(status().isNoContent());
		expectProblem(this.mvc.perform(delete("/baskets/{user}", user)), 404, "has no basket");
		this.mvc.perform(get("/baskets/{user}", user)).andExpect(jsonPath("$.id").doesNotExist());
	}

	@Test
	void badInputIsABadRequestNeverAServerError() throws Exception {
		String user = user();
		expectProblem(addItem(user, "{\"product_id\": 1, \"quantity\": 0}"), 400, "quantity");
		expectProblem(addItem(user, "{\"product_id\": 1, \"quantity\": 1000000}"), 400, "quantity");
		expectProblem(addItem(user, "{\"product_id\": -5, \"quantity\": 1}"), 400, "product_id");
		expectProblem(addItem(user, "{\"product_id\": \"abc\", \"quantity\": 1}"), 400, "product_id");
		expectProblem(addItem(user, "{\"quantity\": 1}"), 400, "product_id: must not be null");
		expectProblem(addItem(user, "{\"product_id\": 1,"), 400, "not valid JSON");
		expectProblem(this.mvc.perform(get("/baskets/{user}", "bad user!")), 400,
				"user_id".replace("user_id", "must be 1 to 64"));
		expectProblem(this.mvc.perform(get("/baskets/{user}", "x".repeat(65))), 400, "must be 1 to 64");
		expectProblem(this.mvc.perform(put("/baskets/{user}/items/abc", user).contentType(MediaType.APPLICATION_JSON)
			.content("{\"quantity\": 1}")), 400, "'abc' is not a valid long");
		expectProblem(this.mvc.perform(post("/baskets").contentType(MediaType.APPLICATION_JSON).content("{}")), 400,
				"user_id");
	}

	@Test
	void parallelAddsForOneUserLoseNoUnit() throws Exception {
		long bolt = catalog.add("Bolt", "0.10", "hardware", 1000);
		String user = user();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<Integer>> results = new ArrayList<>();
		for (int thread = 0; thread < 20; thread++) {
			results.add(pool.submit(() -> {
				for (int add = 0; add < 5; add++) {
					addItem(user, "{\"product_id\": " + bolt + ", \"quantity\": 2}").andExpect(status().isOk());
				}
				return 5;
			}));
		}
		for (Future<Integer> result : results) {
			result.get();
		}
		pool.shutdown();

		this.mvc.perform(get("/baskets/{user}", user))
			.andExpect(jsonPath("$.items[0].quantity").value(200))
			.andExpect(jsonPath("$.total").value(20.00));
	}

	@Test
	void everyWriteSetsAndRefreshesTheTimeToLive() throws Exception {
		long pen = catalog.add("Pen", "2.00", "stationery", 10);
		String user = user();
		addItem(user, "{\"product_id\": " + pen + ", \"quantity\": 1}");
		String key = "basket:" + user;
		this.redis.expire(key, java.time.Duration.ofSeconds(60));

		this.mvc.perform(put("/baskets/{user}/items/{product}", user, pen).contentType(MediaType.APPLICATION_JSON)
			.content("{\"quantity\": 2}"));

		assertThat(this.redis.getExpire(key)).isGreaterThan(6 * 24 * 3600L);
	}

	@Test
	void operationsEndpointsAreServed() throws Exception {
		this.mvc.perform(get("/health/ready"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.redis.status").value("UP"))
			.andExpect(jsonPath("$.components.kafka.status").value("UP"));
		this.mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.paths['/baskets/{userId}/items']").exists());
	}

}
