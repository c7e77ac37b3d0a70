package dev.shopfront.payment.domain;

/**
 * A concurrent request stored the same Idempotency-Key first.
 */
public class IdempotencyKeyTakenException extends RuntimeException {

	public IdempotencyKeyTakenException(String key) {
		super("Idempotency-Key %s was stored by a concurrent request".formatted(key));
	}

}
