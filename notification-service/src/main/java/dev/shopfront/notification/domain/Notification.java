package dev.shopfront.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A notification for one user and its state machine (see {@link NotificationStatus}).
 * Every move checks where the notification is; an illegal move throws
 * {@link IllegalNotificationTransitionException} and changes nothing.
 */
public final class Notification {

	/** The longest failure reason kept; a channel's longer message is cut. */
	public static final int MAX_FAILURE_REASON_LENGTH = 500;

	private final NotificationId id;

	private final String sourceEventId;

	private final Instant createdAt;

	private final long version;

	private NotificationContent content;

	private NotificationStatus status;

	private int attempts;

	private String failureReason;

	private Instant nextAttemptAt;

	private Instant expiresAt;

	private Instant updatedAt;

	private Instant sentAt;

	private Instant readAt;

	private Notification(Snapshot snapshot) {
		this.id = snapshot.id();
		this.sourceEventId = snapshot.sourceEventId();
		this.content = snapshot.content();
		this.status = snapshot.status();
		this.attempts = snapshot.attempts();
		this.failureReason = snapshot.failureReason();
		this.nextAttemptAt = snapshot.nextAttemptAt();
		this.createdAt = snapshot.createdAt();
		this.updatedAt = snapshot.updatedAt();
		this.sentAt = snapshot.sentAt();
		this.readAt = snapshot.readAt();
		this.expiresAt = snapshot.expiresAt();
		this.version = snapshot.version();
	}

	/**
	 * A new pending notification, not yet stored (it has no id). It is due at
	 * {@code sendAt}, or now when that is null.
	 * @param sourceEventId the event it announces, or null when a caller created it
	 */
	public static Notification open(NotificationContent content, String sourceEventId, Instant sendAt,
			Instant expiresAt, Instant now) {
		if (sendAt != null && sendAt.isBefore(now)) {
			throw new InvalidNotificationException("send_at must not be in the past, was " + sendAt);
		}
		Instant due = (sendAt != null) ? sendAt : now;
		if (expiresAt != null && !expiresAt.isAfter(due)) {
			throw new InvalidNotificationException("expires_at must be after the time it is sent, was " + expiresAt);
		}
		return new Notification(new Snapshot(null, sourceEventId, content, NotificationStatus.PENDING, 0, null, due,
				now, now, null, null, expiresAt, 0));
	}

	/** A notification as it was stored. */
	public static Notification restore(Snapshot snapshot) {
		return new Notification(snapshot);
	}

	/** Replaces what it says; only while nothing was sent. */
	public void revise(NotificationContent content, Instant now) {
		require(NotificationStatus.PENDING, "be changed");
		if (!content.userId().equals(this.content.userId())) {
			throw new InvalidNotificationException("user_id of a notification cannot change");
		}
		this.content = content;
		this.updatedAt = now;
	}

	/**
	 * Tries the notification's channel once. A refusal counts as an attempt: the
	 * notification stays pending until the policy's last attempt, then fails.
	 */
	public void deliverThrough(NotificationSender sender, RetryPolicy policy, Instant now) {
		require(NotificationStatus.PENDING, "be sent");
		if (isExpiredAt(now)) {
			this.status = NotificationStatus.EXPIRED;
			this.updatedAt = now;
			return;
		}
		try {
			Delivery delivery = sender.send(this);
			this.status = (delivery == Delivery.DELIVERED) ? NotificationStatus.DELIVERED : NotificationStatus.SENT;
			this.sentAt = now;
			this.nextAttemptAt = null;
			this.failureReason = null;
		}
		catch (DeliveryFailedException ex) {
			this.attempts++;
			this.failureReason = abbreviate(ex.getMessage());
			if (policy.exhaustedAfter(this.attempts)) {
				this.status = NotificationStatus.FAILED;
				this.nextAttemptAt = null;
			}
			else {
				this.nextAttemptAt = policy.nextAttempt(this.attempts, now);
			}
		}
		this.updatedAt = now;
	}

	public void read(Instant now) {
		if (!NotificationStatus.UNREAD.contains(this.status)) {
			throw new IllegalNotificationTransitionException(this.id, this.status, "be read");
		}
		this.status = NotificationStatus.READ;
		this.readAt = now;
		this.updatedAt = now;
	}

	/** Gives a failed notification a fresh set of attempts, due now. */
	public void retry(Instant now) {
		require(NotificationStatus.FAILED, "be retried");
		this.status = NotificationStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
		this.updatedAt = now;
	}

	public boolean isExpiredAt(Instant now) {
		return this.expiresAt != null && !now.isBefore(this.expiresAt);
	}

	private static String abbreviate(String reason) {
		String text = (reason != null) ? reason : "refused without a reason";
		return (text.length() <= MAX_FAILURE_REASON_LENGTH) ? text
				: text.substring(0, MAX_FAILURE_REASON_LENGTH - 3) + "...";
	}

	private void require(NotificationStatus expected, String action) {
		if (this.status != expected) {
			throw new IllegalNotificationTransitionException(this.id, this.status, action);
		}
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.sourceEventId, this.content, this.status, this.attempts, this.failureReason,
				this.nextAttemptAt, this.createdAt, this.updatedAt, this.sentAt, this.readAt, this.expiresAt,
				this.version);
	}

	public NotificationId id() {
		return this.id;
	}

	public NotificationContent content() {
		return this.content;
	}

	public NotificationStatus status() {
		return this.status;
	}

	public int attempts() {
		return this.attempts;
	}

	public long version() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Notification notification && Objects.equals(this.id, notification.id)
				&& this.id != null;
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

	/** Every field of a notification, for storage and reading. */
	public record Snapshot(NotificationId id, String sourceEventId, NotificationContent content,
			NotificationStatus status, int attempts, String failureReason, Instant nextAttemptAt, Instant createdAt,
			Instant updatedAt, Instant sentAt, Instant readAt, Instant expiresAt, long version) {

	}

}
