package dev.shopfront.notification.application.command;

import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.Notifications;

/**
 * Sends a pending notification now, scheduled or not; returns its new state.
 */
public class SendNotificationHandler {

	private final Notifications notifications;

	private final NotificationDelivery delivery;

	public SendNotificationHandler(Notifications notifications, NotificationDelivery delivery) {
		this.notifications = notifications;
		this.delivery = delivery;
	}

	public NotificationStatus handle(SendNotificationCommand command) {
		return this.delivery.attempt(NotificationLookup.require(this.notifications, command.id()));
	}

}
