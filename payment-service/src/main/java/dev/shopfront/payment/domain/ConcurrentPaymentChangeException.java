package dev.shopfront.payment.domain;

/**
 * Someone else changed the payment between reading and saving it; nothing was saved.
 */
public class ConcurrentPaymentChangeException extends RuntimeException {

	public ConcurrentPaymentChangeException(String message) {
		super(message);
	}

}
