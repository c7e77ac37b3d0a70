package dev.shopfront.payment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.shopfront.payment.application.command.CancelPaymentCommand;
import dev.shopfront.payment.application.command.CancelPaymentHandler;
import dev.shopfront.payment.application.command.CreatePaymentCommand;
import dev.shopfront.payment.application.command.CreatePaymentHandler;
import dev.shopfront.payment.application.command.ProcessPaymentCommand;
import dev.shopfront.payment.application.command.ProcessPaymentHandler;
import dev.shopfront.payment.application.command.RefundPaymentCommand;
import dev.shopfront.payment.application.command.RefundPaymentHandler;
import dev.shopfront.payment.domain.BasketReader;
import dev.shopfront.payment.domain.CheckoutBasket;
import dev.shopfront.payment.domain.EmptyBasketException;
import dev.shopfront.payment.domain.IdempotencyKey;
import dev.shopfront.payment.domain.IllegalPaymentTransitionException;
import dev.shopfront.payment.domain.PaymentEvent;
import dev.shopfront.payment.domain.PaymentId;
import dev.shopfront.payment.domain.PaymentItem;
import dev.shopfront.payment.domain.PaymentProvider;
import dev.shopfront.payment.domain.PaymentRequest;
import dev.shopfront.payment.domain.PaymentStatus;
import dev.shopfront.payment.domain.ProductId;
import dev.shopfront.payment.domain.StockReservations;
import dev.shopfront.payment.domain.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each payment command handler on its own, with the ports as plain objects: no Spring, no
 * MariaDB, no peers.
 */
class PaymentHandlersTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);

	private static final PaymentRequest REQUEST = new PaymentRequest(new UserId("ann"), "EUR", "credit_card",
			"simulated", null, null);

	private final InMemoryPayments payments = new InMemoryPayments();

	private final List<PaymentItem> basket = new ArrayList<>(
			List.of(new PaymentItem(new ProductId(7), "Pen", 2, new BigDecimal("1.25"), "stationery")));

	private final List<String> stockCalls = new ArrayList<>();

	private final BasketReader baskets = (userId, paymentId) -> new CheckoutBasket("b-" + userId, this.basket);

	private final StockReservations stock = new StockReservations() {

		@Override
		public void reserve(PaymentId paymentId, List<PaymentItem> items) {
			PaymentHandlersTest.this.stockCalls.add("reserve " + paymentId);
		}

		@Override
		public void release(PaymentId paymentId) {
			PaymentHandlersTest.this.stockCalls.add("release " + paymentId);
		}

	};

	private CreatePaymentHandler create() {
		return new CreatePaymentHandler(this.payments, this.baskets, this.stock, CLOCK,
				new CreatePaymentHandler.Settings(Duration.ofMinutes(15), "EUR", Duration.ofHours(24)));
	}

	private String open() {
		return create().handle(new CreatePaymentCommand(REQUEST, IdempotencyKey.NONE));
	}

	@Test
	void opensAPaymentOfTheBasketAndReservesItsStockUnderThePaymentId() {
		String id = open();

		assertThat(this.payments.statusOf(id)).isEqualTo(PaymentStatus.PENDING);
		assertThat(this.stockCalls).containsExactly("reserve " + id);
	}

	@Test
	void refusesAnEmptyBasketWithoutReserving() {
		this.basket.clear();

		assertThatThrownBy(this::open).isInstanceOf(EmptyBasketException.class);
		assertThat(this.stockCalls).isEmpty();
	}

	@Test
	void answersARepeatedKeyWithTheFirstPayment() {
		IdempotencyKey key = IdempotencyKey.of("k-1", REQUEST);
		String first = create().handle(new CreatePaymentCommand(REQUEST, key));

		assertThat(create().handle(new CreatePaymentCommand(REQUEST, key))).isEqualTo(first);
		assertThat(this.stockCalls).containsExactly("reserve " + first);
	}

	@Test
	void processingReadsThePaymentOnceAndCompletesItWithItsEvent() {
		String id = open();
		this.payments.reads = 0;
		this.payments.outbox.clear();

		new ProcessPaymentHandler(this.payments, (payment) -> PaymentProvider.Outcome.approved("prov-1"), CLOCK)
			.handle(new ProcessPaymentCommand(id));

		assertThat(this.payments.reads).isEqualTo(1);
		assertThat(this.payments.statusOf(id)).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(this.payments.outbox).singleElement().isInstanceOf(PaymentEvent.Completed.class);
	}

	@Test
	void aDeclinedChargeFailsThePaymentAndCannotBeProcessedAgain() {
		String id = open();
		ProcessPaymentHandler process = new ProcessPaymentHandler(this.payments,
				(payment) -> PaymentProvider.Outcome.declined("card declined"), CLOCK);

		process.handle(new ProcessPaymentCommand(id));

		assertThat(this.payments.statusOf(id)).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.payments.outbox).singleElement().isInstanceOf(PaymentEvent.Failed.class);
		assertThatThrownBy(() -> process.handle(new ProcessPaymentCommand(id)))
			.isInstanceOf(IllegalPaymentTransitionException.class);
	}

	@Test
	void cancelsAPendingPaymentAndRefundsOnlyACompletedOne() {
		String pending = open();
		assertThatThrownBy(
				() -> new RefundPaymentHandler(this.payments, CLOCK).handle(new RefundPaymentCommand(pending)))
			.isInstanceOf(IllegalPaymentTransitionException.class);

		new CancelPaymentHandler(this.payments, CLOCK).handle(new CancelPaymentCommand(pending));

		assertThat(this.payments.statusOf(pending)).isEqualTo(PaymentStatus.CANCELLED);
		assertThat(this.payments.outbox).singleElement().isInstanceOf(PaymentEvent.Cancelled.class);
	}

}
