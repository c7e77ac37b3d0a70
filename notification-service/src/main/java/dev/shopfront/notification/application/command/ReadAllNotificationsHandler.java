package dev.shopfront.notification.application.command;

import java.time.Clock;

import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.Notifications;

/**
 * Marks every unread notification of a user read; returns how many.
 */
public class ReadAllNotificationsHandler {

	private final Notifications notifications;

	private final Clock clock;

	public ReadAllNotificationsHandler(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	public int handle(ReadAllNotificationsCommand command) {
		return this.notifications.markRead(command.user(), NotificationStatus.UNREAD, this.clock.instant());
	}

}
