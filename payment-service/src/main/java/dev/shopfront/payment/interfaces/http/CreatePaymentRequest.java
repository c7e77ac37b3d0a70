package dev.shopfront.payment.interfaces.http;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.shopfront.payment.domain.PaymentRequest;
import dev.shopfront.payment.domain.UserId;

/**
 * The body of POST /payments.
 */
record CreatePaymentRequest(
		@NotBlank @Pattern(regexp = UserId.PATTERN, message = "must be " + UserId.RULE) String userId,
		@NotBlank @Pattern(regexp = "[A-Z]{3}",
				message = "must be a three-letter ISO 4217 code such as EUR") String currency,
		@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,31}",
				message = "must be a lower-case name such as credit_card") String method,
		@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,31}",
				message = "must be a lower-case name such as simulated") String provider,
		@Size(max = 500) String description, @Size(max = 20) Map<String, String> metadata) {

	PaymentRequest toRequest() {
		return new PaymentRequest(new UserId(this.userId), this.currency, this.method, this.provider, this.description,
				this.metadata);
	}

}
