package dev.shopfront.notification.domain;

/**
 * A channel could not take a notification this time; trying again later may succeed.
 */
public class DeliveryFailedException extends Exception {

	public DeliveryFailedException(String message) {
		super(message);
	}

}
