package dev.shopfront.notification.application.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.shopfront.notification.domain.ConcurrentNotificationChangeException;
import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationChannels;
import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.Notifications;

/**
 * Stores a notification and, unless it is scheduled for later, makes its first delivery
 * attempt. Returns its id.
 */
public class CreateNotificationHandler {

	private final Notifications notifications;

	private final NotificationChannels channels;

	private final NotificationDelivery delivery;

	private final Clock clock;

	private final Duration defaultExpiry;

	public CreateNotificationHandler(Notifications notifications, NotificationChannels channels,
			NotificationDelivery delivery, Clock clock, Duration defaultExpiry) {
		this.notifications = notifications;
		this.channels = channels;
		this.delivery = delivery;
		this.clock = clock;
		this.defaultExpiry = defaultExpiry;
	}

	public NotificationId handle(CreateNotificationCommand command) {
		this.channels.senderFor(command.content().channel());
		Instant now = this.clock.instant();
		Instant due = (command.sendAt() != null) ? command.sendAt() : now;
		Instant expiresAt = (command.expiresAt() != null) ? command.expiresAt() : due.plus(this.defaultExpiry);
		Notification stored = this.notifications
			.add(Notification.open(command.content(), null, command.sendAt(), expiresAt, now));
		if (command.sendAt() == null) {
			firstAttempt(stored);
		}
		return stored.id();
	}

	// A notification due now is also due for the scheduled delivery, which may take it
	// between the insert and this attempt: then that delivery's outcome stands, and the
	// create has still succeeded.
	private void firstAttempt(Notification stored) {
		try {
			this.delivery.attempt(stored);
		}
		catch (ConcurrentNotificationChangeException deliveredMeanwhile) {
			// the scheduled delivery saved first; its state is the notification's state
		}
	}

}
