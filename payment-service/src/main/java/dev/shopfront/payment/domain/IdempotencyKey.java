package dev.shopfront.payment.domain;

/**
 * The client's Idempotency-Key and the fingerprint of the request it came with. A key
 * belongs to the user whose request first used it, and is remembered for a limited time
 * ({@code IDEMPOTENCY_KEY_TTL}). {@link #NONE} when the client sent none.
 */
public record IdempotencyKey(String key, String requestHash) {

	public static final IdempotencyKey NONE = new IdempotencyKey(null, null);

	public IdempotencyKey {
		if (key != null && (key.isBlank() || key.length() > 128)) {
			throw new InvalidPaymentException("Idempotency-Key must be 1 to 128 characters");
		}
	}

	/**
	 * The key as sent with a request, fingerprinted by
	 * {@link PaymentRequest#fingerprint()} whichever way (REST or gRPC) the request came
	 * in; {@link #NONE} for a null key.
	 */
	public static IdempotencyKey of(String key, PaymentRequest request) {
		return (key != null) ? new IdempotencyKey(key, request.fingerprint()) : NONE;
	}

	public boolean isPresent() {
		return this.key != null;
	}

	/** A key as stored: which payment it created and for which request. */
	public record Use(String paymentId, String requestHash) {

	}

}
