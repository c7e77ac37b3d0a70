package dev.shopfront.payment.application.command;

import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.PaymentNotFoundException;
import dev.shopfront.payment.domain.Payments;

/**
 * Loads the payment a command names, or refuses with a not-found.
 */
final class PaymentLookup {

	private PaymentLookup() {
	}

	static Payment require(Payments payments, String id) {
		return payments.find(id)
			.orElseThrow(() -> new PaymentNotFoundException("payment %s does not exist".formatted(id)));
	}

}
