package dev.shopfront.payment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentStateMachineTest {

	private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

	private static Payment pending() {
		PaymentRequest request = new PaymentRequest(new UserId("alice"), "EUR", "credit_card", "simulated", null, null);
		return Payment.open("p-1", request, "b-1",
				List.of(new PaymentItem(new ProductId(1), "Pen", 3, new BigDecimal("19.99"), "stationery")), NOW,
				Duration.ofMinutes(15), "EUR");
	}

	private static Payment completed() {
		Payment payment = pending();
		payment.startProcessing(NOW);
		payment.complete("sim_1", NOW);
		return payment;
	}

	@Test
	void amountIsTheExactSumOfItems() {
		assertThat(pending().amount()).isEqualByComparingTo("59.97").hasToString("59.97");
	}

	@Test
	void completesThroughProcessingAndRecordsTheEvent() {
		Payment payment = completed();

		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(payment.events()).singleElement().isInstanceOf(PaymentEvent.Completed.class);
	}

	@Test
	void failsThroughProcessingWithTheReason() {
		Payment payment = pending();
		payment.startProcessing(NOW);
		payment.fail("declined", NOW);

		assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(payment.events()).singleElement()
			.isInstanceOfSatisfying(PaymentEvent.Failed.class,
					(event) -> assertThat(event.reason()).isEqualTo("declined"));
	}

	@Test
	void cancelsAPendingPayment() {
		Payment payment = pending();
		payment.cancel(NOW);

		assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
		assertThat(payment.events()).singleElement().isInstanceOf(PaymentEvent.Cancelled.class);
	}

	@Test
	void refundsACompletedPayment() {
		Payment payment = completed();
		payment.refund(NOW);

		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(payment.events()).hasSize(2).last().isInstanceOf(PaymentEvent.Refunded.class);
	}

	@Test
	void rejectsRefundOfPendingPayment() {
		assertThatThrownBy(() -> pending().refund(NOW)).isInstanceOf(IllegalPaymentTransitionException.class)
			.hasMessage("payment p-1 is pending and cannot refund");
	}

	@Test
	void rejectsCancelOfCompletedPayment() {
		Payment payment = completed();

		assertThatThrownBy(() -> payment.cancel(NOW)).isInstanceOfSatisfying(IllegalPaymentTransitionException.class,
				(ex) -> assertThat(ex.current()).isEqualTo(PaymentStatus.COMPLETED));
		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
	}

	@Test
	void rejectsProcessingTwice() {
		Payment payment = completed();

		assertThatThrownBy(() -> payment.startProcessing(NOW)).hasMessageContaining("is completed and cannot process");
	}

	@Test
	void rejectsCompletingWithoutProcessing() {
		assertThatThrownBy(() -> pending().complete("x", NOW)).hasMessageContaining("is pending and cannot complete");
	}

	@Test
	void expiresOnlyWhenTheTimeToPayRanOut() {
		Payment payment = pending();

		assertThatThrownBy(() -> payment.expire(NOW.plusSeconds(60)))
			.isInstanceOf(IllegalPaymentTransitionException.class);
		payment.expire(NOW.plus(Duration.ofMinutes(15)));
		assertThat(payment.status()).isEqualTo(PaymentStatus.EXPIRED);
		assertThat(payment.events()).singleElement().isInstanceOf(PaymentEvent.Expired.class);
	}

	@Test
	void refusesToProcessAnExpiredPayment() {
		Payment payment = pending();

		assertThatThrownBy(() -> payment.startProcessing(NOW.plus(Duration.ofHours(1))))
			.hasMessageContaining("is expired");
		assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
	}

	@Test
	void refusesAnEmptyBasket() {
		PaymentRequest request = new PaymentRequest(new UserId("alice"), "EUR", "credit_card", "simulated", null, null);

		assertThatThrownBy(() -> Payment.open("p", request, null, List.of(), NOW, Duration.ofMinutes(1), "EUR"))
			.isInstanceOf(EmptyBasketException.class);
	}

	@Test
	void refusesACurrencyOtherThanTheShops() {
		PaymentRequest request = new PaymentRequest(new UserId("alice"), "USD", "credit_card", "simulated", null, null);

		assertThatThrownBy(() -> Payment.open("p", request, null,
				List.of(new PaymentItem(new ProductId(1), "Pen", 1, new BigDecimal("1.00"), "stationery")), NOW,
				Duration.ofMinutes(1), "EUR"))
			.isInstanceOf(CurrencyNotAcceptedException.class)
			.hasMessage("currency USD is not accepted: prices are in EUR");
	}

	@Test
	void validatesTheRequest() {
		assertThatThrownBy(
				() -> new PaymentRequest(new UserId("alice"), "euro", "credit_card", "simulated", null, null))
			.hasMessageContaining("currency");
		assertThatThrownBy(() -> new PaymentRequest(new UserId("a b"), "EUR", "credit_card", "simulated", null, null))
			.hasMessageContaining("user_id");
		assertThatThrownBy(() -> new PaymentItem(new ProductId(0), "Pen", 1, BigDecimal.ONE, ""))
			.isInstanceOf(InvalidPaymentException.class)
			.hasMessage("product_id must be a positive number, was 0");
	}

}
