package dev.shopfront.notification.application.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.Notifications;

/**
 * Tells the buyer what happened to their payment: one notification per event and user,
 * however often the event is delivered. Returns whether this call created it.
 */
public class NotifyPaymentHandler {

	private static final Logger log = LoggerFactory.getLogger(NotifyPaymentHandler.class);

	private final Notifications notifications;

	private final NotificationDelivery delivery;

	private final Clock clock;

	private final Duration defaultExpiry;

	public NotifyPaymentHandler(Notifications notifications, NotificationDelivery delivery, Clock clock,
			Duration defaultExpiry) {
		this.notifications = notifications;
		this.delivery = delivery;
		this.clock = clock;
		this.defaultExpiry = defaultExpiry;
	}

	public boolean handle(NotifyPaymentCommand command) {
		Instant now = this.clock.instant();
		Optional<Notification> stored = this.notifications.addOnce(Notification.open(command.notice().content(),
				command.notice().eventId(), null, now.plus(this.defaultExpiry), now));
		if (stored.isEmpty()) {
			log.info("Payment event {} was announced before", command.notice().eventId());
			return false;
		}
		this.delivery.attempt(stored.get());
		return true;
	}

}
