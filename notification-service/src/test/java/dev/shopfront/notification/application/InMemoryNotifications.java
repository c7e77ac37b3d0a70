package dev.shopfront.notification.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dev.shopfront.notification.domain.ConcurrentNotificationChangeException;
import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.NotificationNotFoundException;
import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.Notifications;
import dev.shopfront.notification.domain.UserId;

/**
 * The store port in a map, for handler tests: stores snapshots, so a handler only sees
 * what it saved, and checks versions like the real store.
 */
class InMemoryNotifications implements Notifications {

	private final Map<Long, Notification.Snapshot> rows = new TreeMap<>();

	private long nextId = 1;

	@Override
	public Notification add(Notification draft) {
		Notification.Snapshot s = draft.snapshot();
		Notification.Snapshot stored = new Notification.Snapshot(new NotificationId(this.nextId++), s.sourceEventId(),
				s.content(), s.status(), s.attempts(), s.failureReason(), s.nextAttemptAt(), s.createdAt(),
				s.updatedAt(), s.sentAt(), s.readAt(), s.expiresAt(), 0);
		this.rows.put(stored.id().value(), stored);
		return Notification.restore(stored);
	}

	@Override
	public Optional<Notification> addOnce(Notification draft) {
		boolean known = this.rows.values()
			.stream()
			.anyMatch(
					(row) -> row.sourceEventId() != null && row.sourceEventId().equals(draft.snapshot().sourceEventId())
							&& row.content().userId().equals(draft.content().userId()));
		return known ? Optional.empty() : Optional.of(add(draft));
	}

	@Override
	public Optional<Notification> find(NotificationId id) {
		return Optional.ofNullable(this.rows.get(id.value())).map(Notification::restore);
	}

	@Override
	public void save(Notification notification) {
		Notification.Snapshot current = this.rows.get(notification.id().value());
		if (current == null) {
			throw new NotificationNotFoundException(notification.id());
		}
		if (current.version() != notification.version()) {
			throw new ConcurrentNotificationChangeException(notification.id());
		}
		Notification.Snapshot s = notification.snapshot();
		this.rows.put(s.id().value(),
				new Notification.Snapshot(s.id(), s.sourceEventId(), s.content(), s.status(), s.attempts(),
						s.failureReason(), s.nextAttemptAt(), s.createdAt(), s.updatedAt(), s.sentAt(), s.readAt(),
						s.expiresAt(), s.version() + 1));
	}

	@Override
	public void remove(NotificationId id) {
		if (this.rows.remove(id.value()) == null) {
			throw new NotificationNotFoundException(id);
		}
	}

	@Override
	public List<Notification> due(Instant now, int limit) {
		return this.rows.values()
			.stream()
			.filter((row) -> row.status() == NotificationStatus.PENDING && row.nextAttemptAt() != null
					&& !row.nextAttemptAt().isAfter(now))
			.sorted(Comparator.comparing(Notification.Snapshot::nextAttemptAt))
			.limit(limit)
			.map(Notification::restore)
			.toList();
	}

	@Override
	public int markRead(UserId user, Collection<NotificationStatus> from, Instant now) {
		List<Notification> unread = this.rows.values()
			.stream()
			.filter((row) -> row.content().userId().equals(user) && from.contains(row.status()))
			.map(Notification::restore)
			.toList();
		unread.forEach((notification) -> {
			notification.read(now);
			save(notification);
		});
		return unread.size();
	}

	@Override
	public int expire(Collection<NotificationStatus> from, Instant now) {
		throw new UnsupportedOperationException("not used by the handler tests");
	}

	@Override
	public int purgeExpired(Instant before) {
		throw new UnsupportedOperationException("not used by the handler tests");
	}

	Notification get(NotificationId id) {
		return find(id).orElseThrow();
	}

	long countFor(UserId user) {
		return this.rows.values().stream().filter((row) -> Objects.equals(row.content().userId(), user)).count();
	}

}
