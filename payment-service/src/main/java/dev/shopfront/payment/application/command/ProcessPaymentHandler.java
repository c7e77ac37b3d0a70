package dev.shopfront.payment.application.command;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.PaymentProvider;
import dev.shopfront.payment.domain.Payments;

/**
 * Charges a pending payment: it is stored as processing first (so a concurrent second
 * attempt is refused), then completed or failed by the provider's answer, with its
 * events.
 */
public class ProcessPaymentHandler {

	private static final Logger log = LoggerFactory.getLogger(ProcessPaymentHandler.class);

	private final Payments payments;

	private final PaymentProvider provider;

	private final Clock clock;

	public ProcessPaymentHandler(Payments payments, PaymentProvider provider, Clock clock) {
		this.payments = payments;
		this.provider = provider;
		this.clock = clock;
	}

	public String handle(ProcessPaymentCommand command) {
		Payment processing = PaymentLookup.require(this.payments, command.paymentId());
		processing.startProcessing(this.clock.instant());
		this.payments.update(processing);
		PaymentProvider.Outcome outcome = this.provider.charge(processing);
		if (outcome.approved()) {
			processing.complete(outcome.providerId(), this.clock.instant());
		}
		else {
			processing.fail(outcome.declineReason(), this.clock.instant());
		}
		this.payments.update(processing);
		log.info("Payment {} {}", processing.id(), processing.status().value());
		return processing.id();
	}

}
