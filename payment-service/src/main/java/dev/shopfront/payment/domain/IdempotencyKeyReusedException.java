package dev.shopfront.payment.domain;

/**
 * An Idempotency-Key came back with a different request than the one it first named.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException(String message) {
		super(message);
	}

}
