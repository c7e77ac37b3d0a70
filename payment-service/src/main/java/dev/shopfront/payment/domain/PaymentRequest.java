package dev.shopfront.payment.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a user asks to pay with. Checked on creation: a user id, an ISO 4217 currency
 * code, and lower-case method and provider names.
 */
public record PaymentRequest(UserId userId, String currency, String method, String provider, String description,
		Map<String, String> metadata) {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

	public PaymentRequest {
		if (userId == null) {
			throw new InvalidPaymentException("user_id must be " + UserId.RULE);
		}
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

	/**
	 * Refuses a currency other than the shop's.
	 * @throws CurrencyNotAcceptedException if the request asks for another
	 */
	public void requireCurrency(String shopCurrency) {
		if (!this.currency.equals(shopCurrency)) {
			throw new CurrencyNotAcceptedException(this.currency, shopCurrency);
		}
	}

	/**
	 * The request's content in one unambiguous text: every field as
	 * {@code name=<length>:<value>;} (an absent description as {@code description=-;}),
	 * then each metadata entry as {@code metadata.<key>=<length>:<value>;} in key order.
	 * Lengths are in UTF-16 code units; an empty description is the same as none.
	 */
	public String canonicalForm() {
		StringBuilder canonical = new StringBuilder();
		field(canonical, "user_id", this.userId.value());
		field(canonical, "currency", this.currency);
		field(canonical, "method", this.method);
		field(canonical, "provider", this.provider);
		field(canonical, "description",
				(this.description == null || this.description.isEmpty()) ? null : this.description);
		new TreeMap<>(this.metadata).forEach((key, value) -> field(canonical, "metadata." + key, value));
		return canonical.toString();
	}

	/**
	 * The SHA-256 of the {@link #canonicalForm()} in lower-case hex: the same for the
	 * same request on any JVM and through any interface, so a reused Idempotency-Key with
	 * another request is noticed and a retry is not.
	 */
	public String fingerprint() {
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static void field(StringBuilder canonical, String name, String value) {
		canonical.append(name).append('=');
		if (value == null) {
			canonical.append('-');
		}
		else {
			canonical.append(value.length()).append(':').append(value);
		}
		canonical.append(';');
	}

	private static void require(String value, Pattern pattern, String message) {
		if (value == null || !pattern.matcher(value).matches()) {
			throw new InvalidPaymentException(message);
		}
	}

}
