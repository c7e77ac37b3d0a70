package dev.shopfront.notification.application.command;

import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.NotificationNotFoundException;
import dev.shopfront.notification.domain.Notifications;

/**
 * Reads a notification that a command names, or fails with its 404 exception.
 */
final class NotificationLookup {

	private NotificationLookup() {
	}

	static Notification require(Notifications notifications, NotificationId id) {
		return notifications.find(id).orElseThrow(() -> new NotificationNotFoundException(id));
	}

}
