package dev.shopfront.payment.application.command;

import java.time.Clock;

import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.Payments;

/**
 * Refunds a completed payment; its items are restocked through the refund's events.
 */
public class RefundPaymentHandler {

	private final Payments payments;

	private final Clock clock;

	public RefundPaymentHandler(Payments payments, Clock clock) {
		this.payments = payments;
		this.clock = clock;
	}

	public String handle(RefundPaymentCommand command) {
		Payment payment = PaymentLookup.require(this.payments, command.paymentId());
		payment.refund(this.clock.instant());
		this.payments.update(payment);
		return payment.id();
	}

}
