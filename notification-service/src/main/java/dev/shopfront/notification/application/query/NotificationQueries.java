package dev.shopfront.notification.application.query;

import java.util.List;
import java.util.Optional;

import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.UserId;

/**
 * Read-only views of the notifications. Never changes state.
 */
public interface NotificationQueries {

	Optional<NotificationView> byId(NotificationId id);

	NotificationPage page(NotificationPageQuery query);

	/** The user's unread notifications, newest first, at most {@code limit}. */
	List<NotificationView> unread(UserId user, int limit);

	/** How many unread notifications the user has. */
	long unreadCount(UserId user);

	NotificationStats stats(UserId user);

}
