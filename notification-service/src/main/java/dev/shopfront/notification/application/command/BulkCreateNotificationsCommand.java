package dev.shopfront.notification.application.command;

import java.util.List;

import dev.shopfront.notification.domain.NotificationContent;
import dev.shopfront.notification.domain.UserId;

/**
 * The same notification for many users; the content's own user is replaced by each of
 * them.
 */
public record BulkCreateNotificationsCommand(List<UserId> users, NotificationContent content) {

	public BulkCreateNotificationsCommand {
		users = List.copyOf(users);
	}

}
