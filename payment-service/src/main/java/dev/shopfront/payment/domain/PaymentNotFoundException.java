package dev.shopfront.payment.domain;

/**
 * No payment has the given id.
 */
public class PaymentNotFoundException extends RuntimeException {

	public PaymentNotFoundException(String message) {
		super(message);
	}

}
