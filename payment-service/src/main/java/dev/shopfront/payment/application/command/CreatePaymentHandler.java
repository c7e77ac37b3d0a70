package dev.shopfront.payment.application.command;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.payment.domain.BasketReader;
import dev.shopfront.payment.domain.CheckoutBasket;
import dev.shopfront.payment.domain.EmptyBasketException;
import dev.shopfront.payment.domain.IdempotencyKey;
import dev.shopfront.payment.domain.IdempotencyKeyReusedException;
import dev.shopfront.payment.domain.IdempotencyKeyTakenException;
import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.Payments;
import dev.shopfront.payment.domain.StockReservations;

/**
 * Opens a pending payment of the user's basket: reads the basket, reserves its items'
 * stock under the new payment's id (so concurrent checkouts never oversell) and stores
 * the payment. A request repeating an Idempotency-Key gets the first payment's id back.
 * Returns the payment id.
 */
public class CreatePaymentHandler {

	private static final Logger log = LoggerFactory.getLogger(CreatePaymentHandler.class);

	private final Payments payments;

	private final BasketReader baskets;

	private final StockReservations stock;

	private final Clock clock;

	private final Duration timeToPay;

	private final Supplier<String> ids;

	public CreatePaymentHandler(Payments payments, BasketReader baskets, StockReservations stock, Clock clock,
			Duration timeToPay) {
		this(payments, baskets, stock, clock, timeToPay, () -> UUID.randomUUID().toString());
	}

	CreatePaymentHandler(Payments payments, BasketReader baskets, StockReservations stock, Clock clock,
			Duration timeToPay, Supplier<String> ids) {
		this.payments = payments;
		this.baskets = baskets;
		this.stock = stock;
		this.clock = clock;
		this.timeToPay = timeToPay;
		this.ids = ids;
	}

	public String handle(CreatePaymentCommand command) {
		Optional<String> earlier = earlierPayment(command.idempotencyKey());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		CheckoutBasket basket = this.baskets.basketOf(command.request().userId());
		if (basket.items().isEmpty()) {
			throw new EmptyBasketException("the basket of user %s is empty".formatted(command.request().userId()));
		}
		String id = this.ids.get();
		this.stock.reserve(id, basket.items());
		Payment payment = Payment.open(id, command.request(), basket.basketId(), basket.items(), this.clock.instant(),
				this.timeToPay);
		try {
			this.payments.add(payment, command.idempotencyKey());
		}
		catch (IdempotencyKeyTakenException ex) {
			this.stock.release(id);
			return earlierPayment(command.idempotencyKey()).orElseThrow(() -> ex);
		}
		catch (RuntimeException ex) {
			log.warn("Payment {} could not be stored; releasing its reservation", id);
			this.stock.release(id);
			throw ex;
		}
		log.info("Payment {} opened for user {}: {} {}", id, payment.userId(), payment.amount(), payment.currency());
		return id;
	}

	private Optional<String> earlierPayment(IdempotencyKey key) {
		if (!key.isPresent()) {
			return Optional.empty();
		}
		return this.payments.findKey(key.key()).map((use) -> {
			if (!use.requestHash().equals(key.requestHash())) {
				throw new IdempotencyKeyReusedException(
						"Idempotency-Key %s was first used with a different request".formatted(key.key()));
			}
			return use.paymentId();
		});
	}

}
