package dev.shopfront.notification.domain;

/**
 * Input that breaks a notification rule (an empty title, an unknown channel, an expiry in
 * the past).
 */
public class InvalidNotificationException extends RuntimeException {

	public InvalidNotificationException(String message) {
		super(message);
	}

}
