package dev.shopfront.payment.interfaces.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.shopfront.payment.domain.PaymentRequest;

/**
 * The body of POST /payments.
 */
record PaymentRequestBody(
		@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}",
				message = "must be 1 to 64 letters, digits, '_' or '-'") String userId,
		@NotBlank @Pattern(regexp = "[A-Z]{3}",
				message = "must be a three-letter ISO 4217 code such as EUR") String currency,
		@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,31}",
				message = "must be a lower-case name such as credit_card") String method,
		@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,31}",
				message = "must be a lower-case name such as simulated") String provider,
		@Size(max = 500) String description, @Size(max = 20) Map<String, String> metadata) {

	PaymentRequest toRequest() {
		return new PaymentRequest(this.userId, this.currency, this.method, this.provider, this.description,
				this.metadata);
	}

	/**
	 * A fingerprint of the request, so a reused Idempotency-Key with another body is
	 * noticed.
	 */
	String fingerprint() {
		String canonical = String.join("\u0000", this.userId, this.currency, this.method, this.provider,
				String.valueOf(this.description),
				String.valueOf(new TreeMap<>((this.metadata != null) ? this.metadata : Map.of())));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
