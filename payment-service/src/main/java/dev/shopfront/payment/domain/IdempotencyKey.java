package dev.shopfront.payment.domain;

/**
 * The client's Idempotency-Key and the fingerprint of the request it came with.
 * {@link #NONE} when the client sent none.
 */
public record IdempotencyKey(String key, String requestHash) {

	public static final IdempotencyKey NONE = new IdempotencyKey(null, null);

	public IdempotencyKey {
		if (key != null && (key.isBlank() || key.length() > 128)) {
			throw new InvalidPaymentException("Idempotency-Key must be 1 to 128 characters");
		}
	}

	public boolean isPresent() {
		return this.key != null;
	}

	/** A key as stored: which payment it created and for which request. */
	public record Use(String paymentId, String requestHash) {

	}

}
