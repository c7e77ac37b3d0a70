package dev.shopfront.payment.domain;

/**
 * Input that breaks a payment rule (a bad currency, an unknown status).
 */
public class InvalidPaymentException extends RuntimeException {

	public InvalidPaymentException(String message) {
		super(message);
	}

}
