package dev.shopfront.notification.application.command;

import java.time.Clock;
import java.time.Instant;

import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.Notifications;

/**
 * Moves overdue notifications to expired and deletes those expired for longer than the
 * retention.
 */
public class CleanupNotificationsHandler {

	private final Notifications notifications;

	private final Clock clock;

	public CleanupNotificationsHandler(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	public CleanupResult handle(CleanupNotificationsCommand command) {
		Instant now = this.clock.instant();
		int expired = this.notifications.expire(NotificationStatus.EXPIRABLE, now);
		int deleted = this.notifications.purgeExpired(now.minus(command.retention()));
		return new CleanupResult(expired, deleted);
	}

}
