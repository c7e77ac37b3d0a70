package dev.shopfront.notification.application.command;

import java.time.Clock;

import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.Notifications;

/**
 * Marks a sent or delivered notification read.
 */
public class ReadNotificationHandler {

	private final Notifications notifications;

	private final Clock clock;

	public ReadNotificationHandler(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	public void handle(ReadNotificationCommand command) {
		Notification notification = NotificationLookup.require(this.notifications, command.id());
		notification.read(this.clock.instant());
		this.notifications.save(notification);
	}

}
