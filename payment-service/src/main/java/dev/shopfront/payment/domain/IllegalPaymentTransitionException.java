package dev.shopfront.payment.domain;

/**
 * A move the state machine does not allow from the payment's current state.
 */
public class IllegalPaymentTransitionException extends RuntimeException {

	private final PaymentStatus current;

	public IllegalPaymentTransitionException(String paymentId, PaymentStatus current, String action) {
		super("payment %s is %s and cannot %s".formatted(paymentId, current.value(), action));
		this.current = current;
	}

	public PaymentStatus current() {
		return this.current;
	}

}
