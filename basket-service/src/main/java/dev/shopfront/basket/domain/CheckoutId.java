package dev.shopfront.basket.domain;

import java.util.regex.Pattern;

/**
 * The id of the payment that checks out a basket.
 */
public record CheckoutId(String value) {

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	public CheckoutId {
		if (value == null || !VALID.matcher(value).matches()) {
			throw new InvalidBasketException("checkout_id must be 1 to 64 letters, digits, '_' or '-'");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
