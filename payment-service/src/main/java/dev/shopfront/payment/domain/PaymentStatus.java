package dev.shopfront.payment.domain;

import java.util.Locale;

/**
 * Where a payment is in its life: pending -> processing -> completed | failed; pending ->
 * cancelled | expired; completed -> refunded.
 */
public enum PaymentStatus {

	PENDING, PROCESSING, COMPLETED, FAILED, CANCELLED, EXPIRED, REFUNDED;

	/** The lower-case name used in JSON, SQL and events. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static PaymentStatus parse(String value) {
		for (PaymentStatus status : values()) {
			if (status.value().equals(value)) {
				return status;
			}
		}
		throw new InvalidPaymentException("unknown payment status '%s'".formatted(value));
	}

}
