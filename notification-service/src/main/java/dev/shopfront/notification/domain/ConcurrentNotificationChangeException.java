package dev.shopfront.notification.domain;

/**
 * Another request changed the notification between this one's read and write; nothing was
 * written.
 */
public class ConcurrentNotificationChangeException extends RuntimeException {

	public ConcurrentNotificationChangeException(NotificationId id) {
		super("notification %s was changed by another request; read it again and retry".formatted(id));
	}

}
