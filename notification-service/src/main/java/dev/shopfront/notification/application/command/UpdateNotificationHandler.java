package dev.shopfront.notification.application.command;

import java.time.Clock;

import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationChannels;
import dev.shopfront.notification.domain.Notifications;

/**
 * Replaces what a pending notification says; a sent one cannot change.
 */
public class UpdateNotificationHandler {

	private final Notifications notifications;

	private final NotificationChannels channels;

	private final Clock clock;

	public UpdateNotificationHandler(Notifications notifications, NotificationChannels channels, Clock clock) {
		this.notifications = notifications;
		this.channels = channels;
		this.clock = clock;
	}

	public void handle(UpdateNotificationCommand command) {
		this.channels.senderFor(command.content().channel());
		Notification notification = NotificationLookup.require(this.notifications, command.id());
		notification.revise(command.content(), this.clock.instant());
		this.notifications.save(notification);
	}

}
