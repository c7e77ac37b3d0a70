package dev.shopfront.basket.domain;

import java.util.regex.Pattern;

/**
 * Whose basket it is: 1 to 64 letters, digits, '_' or '-', so it is safe in a Redis key
 * and a URL.
 */
public record UserId(String value) {

	/** What a user id may be, for validation at the edge. */
	public static final String PATTERN = "[A-Za-z0-9_-]{1,64}";

	/** The rule in words, for refusals. */
	public static final String RULE = "1 to 64 letters, digits, '_' or '-'";

	private static final Pattern VALID = Pattern.compile(PATTERN);

	public UserId {
		if (value == null || !VALID.matcher(value).matches()) {
			throw new InvalidBasketException("user_id must be " + RULE);
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
