package dev.shopfront.payment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A payment of a user's basket and its state machine. Every move checks where the payment
 * is; an illegal move throws {@link IllegalPaymentTransitionException} and changes
 * nothing. Moves that other services must hear about record a {@link PaymentEvent}.
 */
public final class Payment {

	private final String id;

	private final UserId userId;

	private final String basketId;

	private final BigDecimal amount;

	private final String currency;

	private final String method;

	private final String provider;

	private final String description;

	private final Map<String, String> metadata;

	private final List<PaymentItem> items;

	private final Instant createdAt;

	private final Instant expiresAt;

	private long version;

	private PaymentStatus status;

	private String providerId;

	private String failureReason;

	private Instant updatedAt;

	private Instant processedAt;

	private final List<PaymentEvent> events = new ArrayList<>();

	private Payment(Snapshot snapshot) {
		this.id = snapshot.id();
		this.userId = new UserId(snapshot.userId());
		this.basketId = snapshot.basketId();
		this.amount = snapshot.amount();
		this.currency = snapshot.currency();
		this.method = snapshot.method();
		this.provider = snapshot.provider();
		this.description = snapshot.description();
		this.metadata = Map.copyOf(snapshot.metadata());
		this.items = List.copyOf(snapshot.items());
		this.createdAt = snapshot.createdAt();
		this.expiresAt = snapshot.expiresAt();
		this.version = snapshot.version();
		this.status = snapshot.status();
		this.providerId = snapshot.providerId();
		this.failureReason = snapshot.failureReason();
		this.updatedAt = snapshot.updatedAt();
		this.processedAt = snapshot.processedAt();
	}

	/**
	 * A new pending payment of the basket's items; the amount is the exact sum of their
	 * subtotals, in the shop's currency (the catalogue's prices are in it).
	 * @throws CurrencyNotAcceptedException if the request asks for another currency
	 */
	public static Payment open(String id, PaymentRequest request, String basketId, List<PaymentItem> items, Instant now,
			Duration timeToPay, String shopCurrency) {
		request.requireCurrency(shopCurrency);
		if (items.isEmpty()) {
			throw new EmptyBasketException("the basket of user %s is empty".formatted(request.userId()));
		}
		BigDecimal amount = items.stream().map(PaymentItem::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Payment(new Snapshot(id, request.userId().value(), basketId, amount.setScale(2), shopCurrency,
				PaymentStatus.PENDING, request.method(), request.provider(), null, request.description(),
				request.metadata(), null, items, now, now, null, now.plus(timeToPay), 0));
	}

	/** A payment as it was stored; records no event. */
	public static Payment restore(Snapshot snapshot) {
		return new Payment(snapshot);
	}

	public void startProcessing(Instant now) {
		move(PaymentStatus.PENDING, PaymentStatus.PROCESSING, "process", now);
		if (!now.isBefore(this.expiresAt)) {
			this.status = PaymentStatus.PENDING;
			throw new IllegalPaymentTransitionException(this.id, PaymentStatus.EXPIRED, "process");
		}
	}

	public void complete(String providerId, Instant now) {
		move(PaymentStatus.PROCESSING, PaymentStatus.COMPLETED, "complete", now);
		this.providerId = providerId;
		this.processedAt = now;
		this.events.add(new PaymentEvent.Completed(this));
	}

	public void fail(String reason, Instant now) {
		move(PaymentStatus.PROCESSING, PaymentStatus.FAILED, "fail", now);
		this.failureReason = reason;
		this.processedAt = now;
		this.events.add(new PaymentEvent.Failed(this, reason));
	}

	public void cancel(Instant now) {
		move(PaymentStatus.PENDING, PaymentStatus.CANCELLED, "cancel", now);
		this.events.add(new PaymentEvent.Cancelled(this));
	}

	public void expire(Instant now) {
		if (now.isBefore(this.expiresAt)) {
			throw new IllegalPaymentTransitionException(this.id, this.status, "expire before " + this.expiresAt);
		}
		move(PaymentStatus.PENDING, PaymentStatus.EXPIRED, "expire", now);
		this.events.add(new PaymentEvent.Expired(this));
	}

	public void refund(Instant now) {
		move(PaymentStatus.COMPLETED, PaymentStatus.REFUNDED, "refund", now);
		this.events.add(new PaymentEvent.Refunded(this));
	}

	private void move(PaymentStatus from, PaymentStatus to, String action, Instant now) {
		if (this.status != from) {
			throw new IllegalPaymentTransitionException(this.id, this.status, action);
		}
		this.status = to;
		this.updatedAt = now;
	}

	/**
	 * Told by the store that this state and its events are saved as {@code version}: the
	 * next save expects that version, and carries only the events recorded from now on.
	 */
	public void stored(long version) {
		this.version = version;
		this.events.clear();
	}

	/** The events recorded since the payment was opened, restored or stored, in order. */
	public List<PaymentEvent> events() {
		return List.copyOf(this.events);
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.userId.value(), this.basketId, this.amount, this.currency, this.status,
				this.method, this.provider, this.providerId, this.description, this.metadata, this.failureReason,
				this.items, this.createdAt, this.updatedAt, this.processedAt, this.expiresAt, this.version);
	}

	public String id() {
		return this.id;
	}

	public UserId userId() {
		return this.userId;
	}

	public PaymentStatus status() {
		return this.status;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	public String method() {
		return this.method;
	}

	public List<PaymentItem> items() {
		return this.items;
	}

	public long version() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Payment payment && this.id.equals(payment.id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id);
	}

	/** Every field of a payment, for storage and reading. */
	public record Snapshot(String id, String userId, String basketId, BigDecimal amount, String currency,
			PaymentStatus status, String method, String provider, String providerId, String description,
			Map<String, String> metadata, String failureReason, List<PaymentItem> items, Instant createdAt,
			Instant updatedAt, Instant processedAt, Instant expiresAt, long version) {

	}

}
