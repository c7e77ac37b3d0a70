package dev.shopfront.payment.domain;

/**
 * The id of a payment. It also names the payment's checkout at the basket service and its
 * stock reservation at the product service, so a repeated call for the same payment
 * changes nothing twice there.
 */
public record PaymentId(String value) {

	public PaymentId {
		if (value == null || value.isBlank()) {
			throw new InvalidPaymentException("a payment id is required");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
