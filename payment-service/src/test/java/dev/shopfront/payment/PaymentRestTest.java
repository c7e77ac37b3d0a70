package dev.shopfront.payment;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PaymentRestTest extends PaymentServiceIntegrationTest {

	private static void expectProblem(ResultActions result, int status, String detailPart) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString(detailPart)));
	}

	private String userWithBasket(String price, int quantity) {
		String user = user();
		long product = product(100);
		peers.baskets.put(user, product, "Pen", price, quantity);
		return user;
	}

	private ResultActions action(String id, String action) throws Exception {
		return this.mvc.perform(post("/payments/{id}/{action}", id, action));
	}

	@Test
	void createOpensAPendingPaymentWithExactAmountAndReservesStock() throws Exception {
		String user = user();
		long product = product(10);
		peers.baskets.put(user, product, "Pen", "19.99", 3);

		ResultActions created = createPayment(user, "credit_card").andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/payments/")))
			.andExpect(jsonPath("$.status").value("pending"))
			.andExpect(jsonPath("$.user_id").value(user))
			.andExpect(jsonPath("$.items[0].subtotal").value(59.97))
			.andExpect(content().string(containsString("\"amount\":59.97")))
			.andExpect(jsonPath("$.expires_at").exists());

		assertThat(peers.stock.of(product)).isEqualTo(7);
		assertThat(peers.stock.holds(idOf(created))).isTrue();
	}

	@Test
	void processCompletesOrFailsByTheProvidersRule() throws Exception {
		String paid = idOf(createPayment(userWithBasket("5.00", 1), "credit_card"));
		String declined = idOf(createPayment(userWithBasket("5.00", 1), "declined_card"));
		String unlucky = idOf(createPayment(userWithBasket("5.13", 1), "credit_card"));

		action(paid, "process").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("completed"))
			.andExpect(jsonPath("$.provider_id", containsString("sim_")))
			.andExpect(jsonPath("$.processed_at").exists());
		action(declined, "process").andExpect(jsonPath("$.status").value("failed"))
			.andExpect(jsonPath("$.failure_reason", containsString("declined")));
		action(unlucky, "process").andExpect(jsonPath("$.status").value("failed"));
	}

	@Test
	void everyIllegalMoveIsAConflictNamingTheCurrentState() throws Exception {
		String id = idOf(createPayment(userWithBasket("5.00", 1), "credit_card"));

		expectProblem(action(id, "refund"), 409, "is pending and cannot refund");
		action(id, "process").andExpect(jsonPath("$.status").value("completed"));
		expectProblem(action(id, "process"), 409, "is completed and cannot process");
		expectProblem(action(id, "cancel"), 409, "is completed and cannot cancel");
		action(id, "refund").andExpect(jsonPath("$.status").value("refunded"));
		expectProblem(action(id, "refund"), 409, "is refunded and cannot refund");
		action(id, "refund").andExpect(jsonPath("$.current_status").value("refunded"));

		String cancelled = idOf(createPayment(userWithBasket("5.00", 1), "credit_card"));
		action(cancelled, "cancel").andExpect(jsonPath("$.status").value("cancelled"));
		expectProblem(action(cancelled, "process"), 409, "is cancelled and cannot process");
	}

	@Test
	void anEmptyBasketIsUnprocessableAndAShortStockIsAConflict() throws Exception {
		expectProblem(createPayment(user(), "credit_card"), 422, "is empty");

		String user = user();
		long scarce = product(1);
		peers.baskets.put(user, scarce, "Rare", "9.00", 2);
		expectProblem(createPayment(user, "credit_card"), 409, "not enough stock");
		assertThat(peers.stock.of(scarce)).isEqualTo(1);
	}

	@Test
	void aRetriedPostWithTheSameIdempotencyKeyReturnsTheFirstPayment() throws Exception {
		String user = userWithBasket("3.00", 2);
		String body = "{\"user_id\": \"%s\", \"currency\": \"EUR\", \"method\": \"credit_card\", \"provider\": \"simulated\"}"
			.formatted(user);
		String first = idOf(this.mvc
			.perform(post("/payments").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "key-" + user)
				.content(body))
			.andExpect(status().isCreated()));
		String second = idOf(this.mvc
			.perform(post("/payments").contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "key-" + user)
				.content(body))
			.andExpect(status().isCreated()));

		assertThat(second).isEqualTo(first);
		this.mvc.perform(get("/users/{user}/payments", user)).andExpect(jsonPath("$.total_elements").value(1));
		expectProblem(this.mvc.perform(post("/payments").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", "key-" + user)
			.content(body.replace("EUR", "USD"))), 422, "different request");
	}

	@Test
	void listsFilterByStatusAndByUser() throws Exception {
		String user = userWithBasket("1.00", 1);
		String id = idOf(createPayment(user, "credit_card"));
		action(id, "cancel");

		this.mvc.perform(get("/users/{user}/payments", user))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].status").value("cancelled"));
		this.mvc.perform(get("/payments").param("status", "cancelled").param("size", "100"))
			.andExpect(jsonPath("$.items[*].status",
					org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("cancelled"))))
			.andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem(id)));
	}

	@Test
	void badInputIsABadRequestAndUnknownIdsAreNotFound() throws Exception {
		expectProblem(createPayment("bad user", "credit_card"), 400, "user_id");
		expectProblem(this.mvc.perform(post("/payments").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"user_id\": \"a\", \"currency\": \"euro\", \"method\": \"credit_card\", \"provider\": \"simulated\"}")),
				400, "currency");
		expectProblem(this.mvc.perform(post("/payments").contentType(MediaType.APPLICATION_JSON).content("{")), 400,
				"not valid JSON");
		expectProblem(this.mvc.perform(get("/payments").param("status", "lost")), 400, "must be one of");
		expectProblem(this.mvc.perform(get("/payments/{id}", "not-a-uuid")), 400, "payment id");
		expectProblem(this.mvc.perform(get("/payments/{id}", "00000000-0000-0000-0000-000000000000")), 404,
				"does not exist");
		expectProblem(action("00000000-0000-0000-0000-000000000000", "process"), 404, "does not exist");
	}

	@Test
	void cancellingWritesTheReleaseToTheOutbox() throws Exception {
		String user = user();
		long product = product(5);
		peers.baskets.put(user, product, "Pen", "2.00", 2);
		String id = idOf(createPayment(user, "credit_card"));

		action(id, "cancel");

		String payload = this.jdbc
			.sql("SELECT payload FROM outbox WHERE aggregate_id = :id AND event_type = 'stock.updated'")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(payload).contains("\"operation\":\"increase\"", "\"reservation_id\":\"" + id + "\"",
				"\"quantity\":2");
	}

	@Test
	void operationsEndpointsAreServed() throws Exception {
		this.mvc.perform(get("/health/ready"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"));
		this.mvc.perform(get("/metrics")).andExpect(content().string(containsString("outbox_backlog")));
	}

}
