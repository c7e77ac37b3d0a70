package dev.shopfront.payment;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import dev.shopfront.payment.application.command.ForgetExpiredKeysCommand;
import dev.shopfront.payment.application.command.ForgetExpiredKeysHandler;
import dev.shopfront.proto.payment.v1.CreatePaymentRequest;
import dev.shopfront.proto.payment.v1.Payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Idempotency-Keys are recognised whichever interface a retry comes through, belong to
 * one user and live for IDEMPOTENCY_KEY_TTL; the currency is the shop's, not the
 * client's.
 */
class IdempotencyAndCurrencyTest extends PaymentServiceIntegrationTest {

	@Autowired
	private ForgetExpiredKeysHandler forgetKeys;

	private static String userWithBasket() {
		String user = user();
		peers.baskets.put(user, product(100), "Pen", "2.50", 2);
		return user;
	}

	private ResultActions restCreate(String user, String method, String key) throws Exception {
		return this.mvc.perform(post("/payments").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", key)
			.content("{\"user_id\": \"%s\", \"currency\": \"EUR\", \"method\": \"%s\", \"provider\": \"simulated\"}"
				.formatted(user, method)));
	}

	@Test
	void theSameKeyOverRestThenGrpcReturnsTheSamePayment() throws Exception {
		String user = userWithBasket();
		String viaRest = idOf(restCreate(user, "credit_card", "k-" + user).andExpect(status().isCreated()));

		Payment viaGrpc = grpc().createPayment(CreatePaymentRequest.newBuilder()
			.setUserId(user)
			.setCurrency("EUR")
			.setMethod("credit_card")
			.setProvider("simulated")
			.setIdempotencyKey("k-" + user)
			.build());

		assertThat(viaGrpc.getId()).isEqualTo(viaRest);
		assertThat(paymentsOf(user)).isEqualTo(1);
	}

	@Test
	void aKeyOfAnotherUserIsNotTheirs() throws Exception {
		String bob = userWithBasket();
		String alice = userWithBasket();
		String bobs = idOf(restCreate(bob, "credit_card", "shared-key-" + bob).andExpect(status().isCreated()));

		String alices = idOf(restCreate(alice, "credit_card", "shared-key-" + bob).andExpect(status().isCreated())
			.andExpect(jsonPath("$.user_id").value(alice)));

		assertThat(alices).isNotEqualTo(bobs);
		assertThat(paymentsOf(alice)).isEqualTo(1);
		assertThat(paymentsOf(bob)).isEqualTo(1);
	}

	@Test
	void anExpiredKeyNamesNoPaymentAndIsForgotten() throws Exception {
		String user = userWithBasket();
		String key = "old-" + user;
		String first = idOf(restCreate(user, "credit_card", key).andExpect(status().isCreated()));
		expireKeysOf(user);

		// Past its lifetime the key is free again, even for another request.
		String second = idOf(restCreate(user, "paypal", key).andExpect(status().isCreated()));
		assertThat(second).isNotEqualTo(first);
		// ... and alive again: a retry within the lifetime is recognised.
		assertThat(idOf(restCreate(user, "paypal", key).andExpect(status().isCreated()))).isEqualTo(second);

		expireKeysOf(user);
		assertThat(this.forgetKeys.handle(new ForgetExpiredKeysCommand(1000))).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE user_id = :user")
			.param("user", user)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aKeyLivesForTheConfiguredLifetime() throws Exception {
		String user = userWithBasket();
		restCreate(user, "credit_card", "ttl-" + user).andExpect(status().isCreated());

		Timestamp created = this.jdbc.sql("SELECT created_at FROM idempotency_keys WHERE user_id = :user")
			.param("user", user)
			.query(Timestamp.class)
			.single();
		Timestamp expires = this.jdbc.sql("SELECT expires_at FROM idempotency_keys WHERE user_id = :user")
			.param("user", user)
			.query(Timestamp.class)
			.single();
		// IDEMPOTENCY_KEY_TTL defaults to 24h.
		assertThat(expires.toInstant()).isEqualTo(created.toInstant().plusSeconds(24 * 3600));
	}

	@Test
	void aCurrencyOtherThanTheShopsIsRefusedBeforeAnyStockIsHeld() throws Exception {
		String user = user();
		long product = product(10);
		peers.baskets.put(user, product, "Pen", "2.50", 2);

		this.mvc.perform(post("/payments").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"user_id\": \"%s\", \"currency\": \"USD\", \"method\": \"credit_card\", \"provider\": \"simulated\"}"
						.formatted(user)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("currency USD is not accepted: prices are in EUR")));

		assertThat(peers.stock.of(product)).isEqualTo(10);
		assertThat(paymentsOf(user)).isZero();
	}

	private long paymentsOf(String user) {
		return this.jdbc.sql("SELECT count(*) FROM payments WHERE user_id = :user")
			.param("user", user)
			.query(Long.class)
			.single();
	}

	private void expireKeysOf(String user) {
		this.jdbc.sql("UPDATE idempotency_keys SET expires_at = :past WHERE user_id = :user")
			.param("past", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("user", user)
			.update();
	}

}
