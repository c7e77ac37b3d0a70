package dev.shopfront.payment.application.command;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.payment.domain.ConcurrentPaymentChangeException;
import dev.shopfront.payment.domain.IllegalPaymentTransitionException;
import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.Payments;

/**
 * Expires pending payments nobody paid in time, releasing their stock. A payment that
 * moved on meanwhile is left alone. Returns how many expired.
 */
public class ExpirePaymentsHandler {

	private static final Logger log = LoggerFactory.getLogger(ExpirePaymentsHandler.class);

	private final Payments payments;

	private final Clock clock;

	public ExpirePaymentsHandler(Payments payments, Clock clock) {
		this.payments = payments;
		this.clock = clock;
	}

	public int handle(ExpirePaymentsCommand command) {
		Instant now = this.clock.instant();
		int expired = 0;
		for (String id : this.payments.expiredPendingIds(now, command.batchSize())) {
			try {
				Payment payment = PaymentLookup.require(this.payments, id);
				payment.expire(now);
				this.payments.update(payment);
				expired++;
			}
			catch (IllegalPaymentTransitionException | ConcurrentPaymentChangeException movedOn) {
				log.debug("Payment {} moved on before it could expire", id);
			}
		}
		if (expired > 0) {
			log.info("Expired {} unpaid payment(s)", expired);
		}
		return expired;
	}

}
