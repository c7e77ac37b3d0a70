package dev.shopfront.notification.domain;

/**
 * What a notification is about.
 */
public enum NotificationType {

	PAYMENT, ORDER, SYSTEM, PROMOTION, ACCOUNT;

	/** The lower-case name used in JSON and SQL. */
	public String value() {
		return Codes.of(this);
	}

	public static NotificationType parse(String value) {
		return Codes.parse(NotificationType.class, "type", value);
	}

}
