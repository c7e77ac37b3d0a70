package dev.shopfront.notification.application.query;

import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.NotificationType;
import dev.shopfront.notification.domain.UserId;

/**
 * A page of notifications, newest first, optionally of one user, state and type.
 */
public record NotificationPageQuery(UserId user, NotificationStatus status, NotificationType type, int page, int size) {

	public NotificationPageQuery {
		if (page < 0) {
			throw new IllegalArgumentException("page must be zero or more");
		}
		if (size < 1) {
			throw new IllegalArgumentException("size must be at least 1");
		}
	}

}
