package dev.shopfront.product;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import dev.shopfront.product.domain.Reservation;
import dev.shopfront.product.domain.Stock;
import dev.shopfront.product.domain.StockLine;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProductRestTest extends ProductServiceIntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	private Stock stock;

	private ResultActions postProduct(String json) throws Exception {
		return this.mvc.perform(post("/products").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static void expectProblem(ResultActions result, int status, String detailPart) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString(detailPart)));
	}

	@Test
	void createReturns201WithLocationAndSnakeCaseBody() throws Exception {
		postProduct("""
				{"name": "Teapot", "description": "Blue", "price": 19.9, "stock_quantity": 5,
				 "category": "kitchen", "image_url": "https://img.example/teapot.png"}""")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/products/")))
			.andExpect(jsonPath("$.name").value("Teapot"))
			.andExpect(jsonPath("$.price").value(19.90))
			.andExpect(content().string(containsString("\"price\":19.90")))
			.andExpect(jsonPath("$.stock_quantity").value(5))
			.andExpect(jsonPath("$.image_url").value("https://img.example/teapot.png"))
			.andExpect(jsonPath("$.created_at").exists());
	}

	@Test
	void getReturnsTheProductAnd404WhenAbsent() throws Exception {
		long id = productWithStock(3);

		this.mvc.perform(get("/products/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.stock_quantity").value(3));
		expectProblem(this.mvc.perform(get("/products/{id}", 999_999_999L)), 404, "product 999999999 does not exist");
	}

	@Test
	void listPagesFiltersByCategoryAndSortsByPrice() throws Exception {
		String category = "cat-" + System.nanoTime();
		productWithStock(1, new java.math.BigDecimal("5.00"), category);
		productWithStock(1, new java.math.BigDecimal("1.00"), category);
		productWithStock(1, new java.math.BigDecimal("3.00"), category);

		this.mvc.perform(get("/products").param("category", category).param("sort", "price,desc").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].price").value(5.00))
			.andExpect(jsonPath("$.items[1].price").value(3.00))
			.andExpect(jsonPath("$.items[*].category", everyItem(is(category))))
			.andExpect(jsonPath("$.total_elements").value(3))
			.andExpect(jsonPath("$.total_pages").value(2));
		this.mvc
			.perform(get("/products").param("category", category)
				.param("sort", "price,asc")
				.param("page", "1")
				.param("size", "2"))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].price").value(5.00));
	}

	@Test
	void putReplacesAndDeleteRemoves() throws Exception {
		long id = productWithStock(3);

		this.mvc
			.perform(put("/products/{id}", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Renamed\", \"price\": 2.50, \"stock_quantity\": 7}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Renamed"))
			.andExpect(jsonPath("$.stock_quantity").value(7));
		this.mvc.perform(delete("/products/{id}", id)).andExpect(status().isNoContent());
		this.mvc.perform(get("/products/{id}", id)).andExpect(status().isNotFound());
		expectProblem(this.mvc.perform(delete("/products/{id}", id)), 404, "does not exist");
		expectProblem(this.mvc.perform(put("/products/{id}", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"X\", \"price\": 1, \"stock_quantity\": 1}")), 404, "does not exist");
	}

	@Test
	void deletingAProductHeldByACheckoutIsAConflict() throws Exception {
		long id = productWithStock(3);
		this.stock.reserve(new Reservation("held-" + id, List.of(new StockLine(id, 1))));

		expectProblem(this.mvc.perform(delete("/products/{id}", id)), 409, "held by a pending checkout");
	}

	@Test
	void invalidFieldsAreBadRequestsNamingEachField() throws Exception {
		postProduct("{\"name\": \"\", \"price\": -1, \"stock_quantity\": -2}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.contains("name", "price", "stock_quantity")));
		expectProblem(postProduct("{\"name\": \"A\", \"price\": 1.999, \"stock_quantity\": 1}"), 400,
				"price: must have at most 10 digits and two decimals");
		expectProblem(postProduct("{\"name\": \"A\", \"stock_quantity\": 1}"), 400, "price: must not be null");
	}

	@Test
	void malformedBodiesAreBadRequestsNeverServerErrors() throws Exception {
		expectProblem(postProduct("{\"name\": \"A\", "), 400, "not valid JSON");
		expectProblem(postProduct("{\"name\": \"A\", \"price\": \"abc\", \"stock_quantity\": 1}"), 400,
				"Field 'price' has an invalid value 'abc'");
		expectProblem(postProduct("[1, 2]"), 400, "");
		expectProblem(this.mvc.perform(post("/products").contentType(MediaType.TEXT_PLAIN).content("x")), 415, "");
	}

	@Test
	void badParametersAreBadRequests() throws Exception {
		expectProblem(this.mvc.perform(get("/products/abc")), 400, "'abc' is not a valid long for 'id'");
		expectProblem(this.mvc.perform(get("/products/0")), 400, "must be greater than 0");
		expectProblem(this.mvc.perform(delete("/products/-7")), 400, "must be greater than 0");
		expectProblem(this.mvc.perform(get("/products").param("page", "-1")), 400, "page");
		expectProblem(this.mvc.perform(get("/products").param("size", "100000")), 400, "size");
		expectProblem(this.mvc.perform(get("/products").param("sort", "name")), 400, "must be price,asc or price,desc");
		expectProblem(this.mvc.perform(get("/products").param("size", "many")), 400, "'many' is not a valid int");
	}

	@Test
	void operationsEndpointsAreServed() throws Exception {
		this.mvc.perform(get("/health/ready"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.kafka.status").value("UP"));
		this.mvc.perform(get("/health/live")).andExpect(status().isOk());
		this.mvc.perform(get("/metrics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("application=\"product-service\"")));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/products/{id}']").exists());
	}

}
