package dev.shopfront.payment.domain;

import java.util.regex.Pattern;

/**
 * The user who pays, spelt as every Shopfront service spells it: 1 to 64 letters, digits,
 * '_' or '-'.
 */
public record UserId(String value) {

	/** What a user id may be, for validation at the edge. */
	public static final String PATTERN = "[A-Za-z0-9_-]{1,64}";

	/** The rule in words, for refusals. */
	public static final String RULE = "1 to 64 letters, digits, '_' or '-'";

	private static final Pattern VALID = Pattern.compile(PATTERN);

	public UserId {
		if (value == null || !VALID.matcher(value).matches()) {
			throw new InvalidPaymentException("user_id must be " + RULE);
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
