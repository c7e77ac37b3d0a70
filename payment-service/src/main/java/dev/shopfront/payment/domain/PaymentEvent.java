package dev.shopfront.payment.domain;

/**
 * Something that happened to a payment and that other services must hear about. Recorded
 * by the payment and saved together with it.
 */
public sealed interface PaymentEvent {

	Payment payment();

	/**
	 * The payment completed: the reserved stock is sold and the basket can be emptied.
	 */
	record Completed(Payment payment) implements PaymentEvent {
	}

	/** The provider declined: the reserved stock goes back. */
	record Failed(Payment payment, String reason) implements PaymentEvent {
	}

	/** The user cancelled before paying: the reserved stock goes back. */
	record Cancelled(Payment payment) implements PaymentEvent {
	}

	/** Nobody paid in time: the reserved stock goes back. */
	record Expired(Payment payment) implements PaymentEvent {
	}

	/** The money was given back: the sold stock is restocked. */
	record Refunded(Payment payment) implements PaymentEvent {
	}

}
