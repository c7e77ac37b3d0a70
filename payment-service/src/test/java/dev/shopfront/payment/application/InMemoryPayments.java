package dev.shopfront.payment.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.shopfront.payment.domain.ConcurrentPaymentChangeException;
import dev.shopfront.payment.domain.IdempotencyKey;
import dev.shopfront.payment.domain.IdempotencyKeyTakenException;
import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.PaymentEvent;
import dev.shopfront.payment.domain.PaymentStatus;
import dev.shopfront.payment.domain.Payments;
import dev.shopfront.payment.domain.UserId;

/**
 * Payments as snapshots in a map, for handler tests, with the JDBC adapter's contract: an
 * update expects the version it read, saves the new events with the payment and tells the
 * payment it is stored; a key is taken once. It counts reads, so a test can see how often
 * a handler loads a payment.
 */
class InMemoryPayments implements Payments {

	private final Map<String, Payment.Snapshot> rows = new HashMap<>();

	private final Map<String, IdempotencyKey.Use> keys = new HashMap<>();

	final List<PaymentEvent> outbox = new ArrayList<>();

	int reads;

	@Override
	public void add(Payment payment, IdempotencyKey key, Instant keyExpiresAt) {
		if (key.isPresent() && this.keys.containsKey(payment.userId() + "/" + key.key())) {
			throw new IdempotencyKeyTakenException("taken");
		}
		if (key.isPresent()) {
			this.keys.put(payment.userId() + "/" + key.key(), new IdempotencyKey.Use(payment.id(), key.requestHash()));
		}
		this.rows.put(payment.id(), payment.snapshot());
		this.outbox.addAll(payment.events());
	}

	@Override
	public Optional<Payment> find(String id) {
		this.reads++;
		return Optional.ofNullable(this.rows.get(id)).map(Payment::restore);
	}

	@Override
	public void update(Payment payment) {
		Payment.Snapshot stored = this.rows.get(payment.id());
		if (stored == null || stored.version() != payment.version()) {
			throw new ConcurrentPaymentChangeException("payment %s changed meanwhile".formatted(payment.id()));
		}
		Payment.Snapshot p = payment.snapshot();
		this.rows.put(p.id(),
				new Payment.Snapshot(p.id(), p.userId(), p.basketId(), p.amount(), p.currency(), p.status(), p.method(),
						p.provider(), p.providerId(), p.description(), p.metadata(), p.failureReason(), p.items(),
						p.createdAt(), p.updatedAt(), p.processedAt(), p.expiresAt(), p.version() + 1));
		this.outbox.addAll(payment.events());
		payment.stored(p.version() + 1);
	}

	@Override
	public List<String> expiredPendingIds(Instant now, int limit) {
		return this.rows.values()
			.stream()
			.filter((p) -> p.status() == PaymentStatus.PENDING && !p.expiresAt().isAfter(now))
			.map(Payment.Snapshot::id)
			.limit(limit)
			.toList();
	}

	@Override
	public Optional<IdempotencyKey.Use> findKey(UserId userId, String key, Instant now) {
		return Optional.ofNullable(this.keys.get(userId + "/" + key));
	}

	@Override
	public int forgetExpiredKeys(Instant now, int limit) {
		return 0;
	}

	PaymentStatus statusOf(String id) {
		return this.rows.get(id).status();
	}

}
