package dev.shopfront.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The store of notifications.
 */
public interface Notifications {

	/** Stores a new notification and returns it with its id. */
	Notification add(Notification draft);

	/**
	 * Stores a notification announcing an event unless one for the same event and user is
	 * stored already.
	 * @return the stored notification, or empty if the event was announced before
	 */
	Optional<Notification> addOnce(Notification draft);

	Optional<Notification> find(NotificationId id);

	/**
	 * Writes the notification's state back if nobody changed it since it was read.
	 * @throws ConcurrentNotificationChangeException if somebody did
	 */
	void save(Notification notification);

	/**
	 * Deletes a notification, whatever its state.
	 * @throws NotificationNotFoundException if there is none
	 */
	void remove(NotificationId id);

	/** Pending notifications whose next attempt is due, oldest first. */
	List<Notification> due(Instant now, int limit);

	/** Moves every notification of the user in one of the {@code from} states to read. */
	int markRead(UserId user, Collection<NotificationStatus> from, Instant now);

	/**
	 * Moves notifications past their expiry in one of the {@code from} states to expired.
	 */
	int expire(Collection<NotificationStatus> from, Instant now);

	/** Deletes expired notifications whose expiry lies before {@code before}. */
	int purgeExpired(Instant before);

}
