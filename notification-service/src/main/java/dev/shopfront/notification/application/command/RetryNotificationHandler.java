package dev.shopfront.notification.application.command;

import java.time.Clock;

import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.Notifications;

/**
 * Gives a failed notification a fresh set of attempts and makes the first at once;
 * returns its new state.
 */
public class RetryNotificationHandler {

	private final Notifications notifications;

	private final NotificationDelivery delivery;

	private final Clock clock;

	public RetryNotificationHandler(Notifications notifications, NotificationDelivery delivery, Clock clock) {
		this.notifications = notifications;
		this.delivery = delivery;
		this.clock = clock;
	}

	public NotificationStatus handle(RetryNotificationCommand command) {
		Notification notification = NotificationLookup.require(this.notifications, command.id());
		notification.retry(this.clock.instant());
		return this.delivery.attempt(notification);
	}

}
