package dev.shopfront.payment.infrastructure.messaging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.PaymentEvent;
import dev.shopfront.payment.domain.PaymentItem;
import dev.shopfront.payment.domain.PaymentRequest;
import dev.shopfront.payment.domain.ProductId;
import dev.shopfront.payment.domain.UserId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each payment event is sent as, type by type.
 */
class PaymentEventMessagesTest {

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	private final PaymentEventMessages messages = new PaymentEventMessages(Clock.fixed(NOW, ZoneOffset.UTC));

	private static Payment payment() {
		return Payment.open("p-1", new PaymentRequest(new UserId("ann"), "EUR", "credit_card", "simulated", null, null),
				"b-1",
				List.of(new PaymentItem(new ProductId(1), "Pen", 2, new BigDecimal("1.25"), "stationery"),
						new PaymentItem(new ProductId(2), "Ink", 1, new BigDecimal("3.00"), "stationery")),
				NOW, Duration.ofMinutes(15), "EUR");
	}

	private List<String> typesOf(PaymentEvent event) {
		return this.messages.messagesOf(event)
			.stream()
			.map((message) -> message.eventType() + (message.payload().contains("\"operation\"")
					? " " + (message.payload().contains("\"decrease\"") ? "decrease" : "increase") : ""))
			.toList();
	}

	@Test
	void aCompletedPaymentSettlesItsReservationAndClearsTheBasket() {
		assertThat(typesOf(new PaymentEvent.Completed(payment()))).containsExactly("payment.completed",
				"stock.updated decrease", "stock.updated decrease", "basket.cleared");
	}

	@Test
	void aFailedPaymentReleasesItsReservation() {
		assertThat(typesOf(new PaymentEvent.Failed(payment(), "declined"))).containsExactly("payment.failed",
				"stock.updated increase", "stock.updated increase");
	}

	@Test
	void aRefundRestocks() {
		assertThat(typesOf(new PaymentEvent.Refunded(payment()))).containsExactly("payment.refunded",
				"stock.updated increase", "stock.updated increase");
	}

	@Test
	void aCancelledOrExpiredPaymentOnlyReleasesItsReservation() {
		assertThat(typesOf(new PaymentEvent.Cancelled(payment()))).containsExactly("stock.updated increase",
				"stock.updated increase");
		assertThat(typesOf(new PaymentEvent.Expired(payment()))).containsExactly("stock.updated increase",
				"stock.updated increase");
	}

}
