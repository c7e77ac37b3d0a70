package dev.shopfront.notification.application.command;

import java.util.LinkedHashSet;
import java.util.List;

import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.UserId;

/**
 * Creates one notification per distinct user, in the order given; returns their ids.
 */
public class BulkCreateNotificationsHandler {

	private final CreateNotificationHandler create;

	public BulkCreateNotificationsHandler(CreateNotificationHandler create) {
		this.create = create;
	}

	public List<NotificationId> handle(BulkCreateNotificationsCommand command) {
		return new LinkedHashSet<UserId>(command.users()).stream()
			.map((user) -> this.create
				.handle(new CreateNotificationCommand(command.content().forUser(user), null, null)))
			.toList();
	}

}
