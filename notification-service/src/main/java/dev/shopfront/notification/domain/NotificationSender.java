package dev.shopfront.notification.domain;

/**
 * One channel's way of getting a notification to its user.
 */
public interface NotificationSender {

	/** The channel this sender serves. */
	Channel channel();

	/**
	 * Hands the notification to the channel.
	 * @return whether it was only sent or already delivered
	 * @throws DeliveryFailedException if the channel refused it this time
	 */
	Delivery send(Notification notification) throws DeliveryFailedException;

}
