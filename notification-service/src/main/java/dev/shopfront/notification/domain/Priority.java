package dev.shopfront.notification.domain;

/**
 * How urgent a notification is.
 */
public enum Priority {

	LOW, NORMAL, HIGH, URGENT;

	/** The lower-case name used in JSON and SQL. */
	public String value() {
		return Codes.of(this);
	}

	public static Priority parse(String value) {
		return Codes.parse(Priority.class, "priority", value);
	}

}
