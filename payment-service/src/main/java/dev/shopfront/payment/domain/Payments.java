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
	 * Stores a new payment, and the idempotency key it answers if there is one, as a key
	 * of the payment's user until {@code keyExpiresAt}. An expired key of the same user
	 * and name is replaced.
	 * @throws IdempotencyKeyTakenException if another request stored the same key first
	 */
	void add(Payment payment, IdempotencyKey key, Instant keyExpiresAt);

	Optional<Payment> find(String id);

	/**
	 * Stores a changed payment and its new events, then tells the payment it is stored
	 * ({@link Payment#stored}), so it can change and be stored again.
	 * @throws ConcurrentPaymentChangeException if it changed meanwhile
	 */
	void update(Payment payment);

	/** Pending payments whose time to pay ran out, oldest first. */
	List<String> expiredPendingIds(Instant now, int limit);

	/**
	 * The payment a user's key was first used for, with the fingerprint of that request,
	 * while the key lives; another user's key of the same name is not this one.
	 */
	Optional<IdempotencyKey.Use> findKey(UserId userId, String key, Instant now);

	/** Forgets up to {@code limit} keys that expired; returns how many. */
	int forgetExpiredKeys(Instant now, int limit);

}
