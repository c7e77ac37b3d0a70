package dev.shopfront.notification.domain;

import java.util.regex.Pattern;

/**
 * The user a notification is for, spelt as every Shopfront service spells it.
 */
public record UserId(String value) {

	/** The form of a user id at every edge of the system. */
	public static final String PATTERN = "[A-Za-z0-9_-]{1,64}";

	private static final Pattern FORM = Pattern.compile(PATTERN);

	public UserId {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new InvalidNotificationException(
					"user_id must be 1 to 64 letters, digits, '_' or '-', was '%s'".formatted(value));
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
