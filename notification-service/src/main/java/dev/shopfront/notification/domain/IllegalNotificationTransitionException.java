package dev.shopfront.notification.domain;

/**
 * A move the state machine does not allow from the notification's current state.
 */
public class IllegalNotificationTransitionException extends RuntimeException {

	private final NotificationStatus current;

	public IllegalNotificationTransitionException(NotificationId id, NotificationStatus current, String action) {
		super("notification %s is %s and cannot %s".formatted(id, current.value(), action));
		this.current = current;
	}

	public NotificationStatus current() {
		return this.current;
	}

}
