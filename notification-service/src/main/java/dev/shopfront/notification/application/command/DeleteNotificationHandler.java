package dev.shopfront.notification.application.command;

import dev.shopfront.notification.domain.Notifications;

/**
 * Removes a notification, whatever its state.
 */
public class DeleteNotificationHandler {

	private final Notifications notifications;

	public DeleteNotificationHandler(Notifications notifications) {
		this.notifications = notifications;
	}

	public void handle(DeleteNotificationCommand command) {
		this.notifications.remove(command.id());
	}

}
