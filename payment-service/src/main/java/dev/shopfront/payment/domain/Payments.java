package dev.shopfront.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where payments live. Saving a payment also saves, in the same transaction, the events
 * it recorded, so an event is published if and only if its change is stored.
 */
public interface Payments {

	/**
	 * Stores a new payment, and the idempotency key it answers if there is one.
	 * @throws IdempotencyKeyTakenException if another request stored the same key first
	 */
	void add(Payment payment, IdempotencyKey key);

	Optional<Payment> find(String id);

	/**
	 * Stores a changed payment. @throws ConcurrentPaymentChangeException if it changed
	 * meanwhile
	 */
	void update(Payment payment);

	/** Pending payments whose time to pay ran out, oldest first. */
	List<String> expiredPendingIds(Instant now, int limit);

	/** The payment a key was first used for, with the fingerprint of that request. */
	Optional<IdempotencyKey.Use> findKey(String key);

}
