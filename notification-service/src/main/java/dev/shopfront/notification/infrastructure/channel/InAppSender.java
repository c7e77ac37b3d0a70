package dev.shopfront.notification.infrastructure.channel;

import dev.shopfront.notification.domain.Channel;
import dev.shopfront.notification.domain.Delivery;
import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationSender;

/**
 * The in-app inbox: the stored notification is what the user's app reads, so storing it
 * is delivering it.
 */
public class InAppSender implements NotificationSender {

	@Override
	public Channel channel() {
		return Channel.IN_APP;
	}

	@Override
	public Delivery send(Notification notification) {
		return Delivery.DELIVERED;
	}

}
