package dev.shopfront.payment.application.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import dev.shopfront.payment.domain.PaymentId;
import dev.shopfront.payment.domain.Payments;
import dev.shopfront.payment.domain.StockReservations;
import dev.shopfront.payment.domain.UserId;

/**
 * Opens a pending payment of the user's basket: reads the basket, reserves its items'
 * stock under the new payment's id (so concurrent checkouts never oversell) and stores
 * the payment, in the shop's currency. A request of the same user repeating a live
 * Idempotency-Key gets the first payment's id back. Returns the payment id.
 */
public class CreatePaymentHandler {

	private static final Logger log = LoggerFactory.getLogger(CreatePaymentHandler.class);

	private final Payments payments;

	private final BasketReader baskets;

	private final StockReservations stock;

	private final Clock clock;

	private final Duration timeToPay;

	private final Supplier<String> ids;

	private final Settings settings;

	public CreatePaymentHandler(Payments payments, BasketReader baskets, StockReservations stock, Clock clock,
			Settings settings) {
		this(payments, baskets, stock, clock, settings, () -> UUID.randomUUID().toString());
	}

	CreatePaymentHandler(Payments payments, BasketReader baskets, StockReservations stock, Clock clock,
			Settings settings, Supplier<String> ids) {
		this.payments = payments;
		this.baskets = baskets;
		this.stock = stock;
		this.clock = clock;
		this.timeToPay = settings.timeToPay();
		this.settings = settings;
		this.ids = ids;
	}

	public String handle(CreatePaymentCommand command) {
		UserId user = command.request().userId();
		Optional<String> earlier = earlierPayment(user, command.idempotencyKey());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		command.request().requireCurrency(this.settings.currency());
		PaymentId id = new PaymentId(this.ids.get());
		CheckoutBasket basket = this.baskets.basketOf(command.request().userId(), id);
		if (basket.items().isEmpty()) {
			throw new EmptyBasketException("the basket of user %s is empty".formatted(command.request().userId()));
		}
		this.stock.reserve(id, basket.items());
		Instant now = this.clock.instant();
		Payment payment = Payment.open(id.value(), command.request(), basket.basketId(), basket.items(), now,
				this.timeToPay, this.settings.currency());
		try {
			this.payments.add(payment, command.idempotencyKey(), now.plus(this.settings.keyLifetime()));
		}
		catch (IdempotencyKeyTakenException ex) {
			this.stock.release(id);
			return earlierPayment(user, command.idempotencyKey()).orElseThrow(() -> ex);
		}
		catch (RuntimeException ex) {
			log.warn("Payment {} could not be stored; releasing its reservation", id);
			this.stock.release(id);
			throw ex;
		}
		log.info("Payment {} opened for user {}: {} {}", id, payment.userId(), payment.amount(), payment.currency());
		return id.value();
	}

	private Optional<String> earlierPayment(UserId userId, IdempotencyKey key) {
		if (!key.isPresent()) {
			return Optional.empty();
		}
		return this.payments.findKey(userId, key.key(), this.clock.instant()).map((use) -> {
			if (!use.requestHash().equals(key.requestHash())) {
				throw new IdempotencyKeyReusedException(
						"Idempotency-Key %s was first used with a different request".formatted(key.key()));
			}
			return use.paymentId();
		});
	}

	/**
	 * @param timeToPay how long a pending payment waits to be processed
	 * @param currency the shop's currency, the one the catalogue's prices are in
	 * @param keyLifetime how long an Idempotency-Key is remembered
	 */
	public record Settings(Duration timeToPay, String currency, Duration keyLifetime) {

		public Settings {
			if (currency == null || !currency.matches("[A-Z]{3}")) {
				throw new IllegalArgumentException(
						"the shop's currency must be a three-letter ISO 4217 code, was " + currency);
			}
			if (keyLifetime.isNegative() || keyLifetime.isZero()) {
				throw new IllegalArgumentException("the Idempotency-Key lifetime must be positive");
			}
		}

	}

}
