package dev.shopfront.notification.domain;

/**
 * The identity of a notification, as the store hands it out.
 */
public record NotificationId(long value) {

	public NotificationId {
		if (value <= 0) {
			throw new InvalidNotificationException("a notification id is a positive number, was " + value);
		}
	}

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
