package dev.shopfront.payment.application.command;

import java.time.Clock;

import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.Payments;

/**
 * Cancels a pending payment; its reserved stock goes back through the cancellation's
 * events.
 */
public class CancelPaymentHandler {

	private final Payments payments;

	private final Clock clock;

	public CancelPaymentHandler(Payments payments, Clock clock) {
		this.payments = payments;
		this.clock = clock;
	}

	public String handle(CancelPaymentCommand command) {
		Payment payment = PaymentLookup.require(this.payments, command.paymentId());
		payment.cancel(this.clock.instant());
		this.payments.update(payment);
		return payment.id();
	}

}
