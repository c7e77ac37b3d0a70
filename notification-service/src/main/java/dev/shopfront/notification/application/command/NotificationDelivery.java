package dev.shopfront.notification.application.command;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationChannels;
import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.Notifications;
import dev.shopfront.notification.domain.RetryPolicy;

/**
 * One attempt to deliver a pending notification through its channel, and the outcome
 * stored. Shared by the handlers that send.
 */
public class NotificationDelivery {

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

	private final Notifications notifications;

	private final NotificationChannels channels;

	private final RetryPolicy policy;

	private final Clock clock;

	public NotificationDelivery(Notifications notifications, NotificationChannels channels, RetryPolicy policy,
			Clock clock) {
		this.notifications = notifications;
		this.channels = channels;
		this.policy = policy;
		this.clock = clock;
	}

	/** Tries the channel once and saves what happened; returns the new state. */
	public NotificationStatus attempt(Notification notification) {
		notification.deliverThrough(this.channels.senderFor(notification.content().channel()), this.policy,
				this.clock.instant());
		this.notifications.save(notification);
		if (notification.status() == NotificationStatus.FAILED) {
			log.warn("Notification {} failed after {} attempts", notification.id(), notification.attempts());
		}
		return notification.status();
	}

}
