package dev.shopfront.notification.interfaces.scheduling;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.shopfront.notification.application.command.DeliverDueNotificationsCommand;
import dev.shopfront.notification.application.command.DeliverDueNotificationsHandler;

/**
 * Sends scheduled notifications when their time comes and makes the next attempt of those
 * a channel refused.
 */
@Component
class DueNotificationsScheduler {

	private final DeliverDueNotificationsHandler deliver;

	DueNotificationsScheduler(DeliverDueNotificationsHandler deliver) {
		this.deliver = deliver;
	}

	@Scheduled(fixedDelayString = "${shopfront.notification.delivery-interval}")
	void deliverDue() {
		this.deliver.handle(new DeliverDueNotificationsCommand(100));
	}

}
