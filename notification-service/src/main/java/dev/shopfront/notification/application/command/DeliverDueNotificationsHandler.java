package dev.shopfront.notification.application.command;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.notification.domain.ConcurrentNotificationChangeException;
import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.Notifications;

/**
 * Makes the next attempt of every pending notification that is due (scheduled ones and
 * retries); returns how many were tried.
 */
public class DeliverDueNotificationsHandler {

	private static final Logger log = LoggerFactory.getLogger(DeliverDueNotificationsHandler.class);

	private final Notifications notifications;

	private final NotificationDelivery delivery;

	private final Clock clock;

	public DeliverDueNotificationsHandler(Notifications notifications, NotificationDelivery delivery, Clock clock) {
		this.notifications = notifications;
		this.delivery = delivery;
		this.clock = clock;
	}

	public int handle(DeliverDueNotificationsCommand command) {
		int tried = 0;
		for (Notification notification : this.notifications.due(this.clock.instant(), command.limit())) {
			try {
				this.delivery.attempt(notification);
				tried++;
			}
			catch (ConcurrentNotificationChangeException ex) {
				// A request (send, retry, delete) got there first; its outcome stands.
				log.debug("Skipped notification {}: {}", notification.id(), ex.getMessage());
			}
		}
		return tried;
	}

}
