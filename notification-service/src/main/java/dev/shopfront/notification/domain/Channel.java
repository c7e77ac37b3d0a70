package dev.shopfront.notification.domain;

/**
 * How a notification reaches its user.
 */
public enum Channel {

	EMAIL, SMS, PUSH, IN_APP;

	/** The lower-case name used in JSON and SQL. */
	public String value() {
		return Codes.of(this);
	}

	public static Channel parse(String value) {
		return Codes.parse(Channel.class, "channel", value);
	}

}
