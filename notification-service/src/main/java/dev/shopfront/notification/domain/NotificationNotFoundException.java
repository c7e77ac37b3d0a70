package dev.shopfront.notification.domain;

/**
 * No notification has the given id.
 */
public class NotificationNotFoundException extends RuntimeException {

	public NotificationNotFoundException(NotificationId id) {
		super("notification %s does not exist".formatted(id));
	}

}
