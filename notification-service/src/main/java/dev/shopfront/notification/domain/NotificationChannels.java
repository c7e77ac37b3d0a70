package dev.shopfront.notification.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The senders of every channel the service can use, one per channel.
 */
public final class NotificationChannels {

	private final Map<Channel, NotificationSender> senders = new EnumMap<>(Channel.class);

	public NotificationChannels(Collection<? extends NotificationSender> senders) {
		for (NotificationSender sender : senders) {
			if (this.senders.put(sender.channel(), sender) != null) {
				throw new IllegalArgumentException("two senders for channel " + sender.channel().value());
			}
		}
	}

	/**
	 * The sender of a channel.
	 * @throws InvalidNotificationException if no sender serves the channel
	 */
	public NotificationSender senderFor(Channel channel) {
		NotificationSender sender = this.senders.get(channel);
		if (sender == null) {
			throw new InvalidNotificationException("channel %s is not available".formatted(channel.value()));
		}
		return sender;
	}

}
