package dev.shopfront.basket.domain;

import java.util.regex.Pattern;

/**
 * Whose basket it is: 1 to 64 letters, digits, '_' or '-', so it is safe in a Redis key
 * and a URL.
 */
public record UserId(String value) {

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public UserId {
		if (value == null || !VALID.matcher(value).matches()) {
			throw new InvalidBasketException("user_id must be 1 to 64 letters, digits, '_' or '-'");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
