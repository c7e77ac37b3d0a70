package dev.shopfront.payment.domain;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a user asks to pay with. Checked on creation: a user id, an ISO 4217 currency
 * code, and lower-case method and provider names.
 */
public record PaymentRequest(String userId, String currency, String method, String provider, String description,
		Map<String, String> metadata) {

	private static final Pattern USER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

	public PaymentRequest {
		require(userId, USER, "user_id must be 1 to 64 letters, digits, '_' or '-'");
		require(currency, CURRENCY, "currency must be a three-letter ISO 4217 code such as EUR");
		require(method, NAME, "method must be a lower-case name such as credit_card");
		require(provider, NAME, "provider must be a lower-case name such as simulated");
		if (description != null && description.length() > 500) {
			throw new InvalidPaymentException("description must be at most 500 characters");
		}
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
		if (metadata.size() > 20) {
			throw new InvalidPaymentException("metadata may hold at most 20 entries");
		}
	}

	private static void require(String value, Pattern pattern, String message) {
		if (value == null || !pattern.matcher(value).matches()) {
			throw new InvalidPaymentException(message);
		}
	}

}
