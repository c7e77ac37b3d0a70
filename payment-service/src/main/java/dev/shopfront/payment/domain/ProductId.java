package dev.shopfront.payment.domain;

/**
 * The catalogue's id of a product paid for: a positive number, as the product service
 * hands them out.
 */
public record ProductId(long value) {

	public ProductId {
		if (value <= 0) {
			throw new InvalidPaymentException("product_id must be a positive number, was %d".formatted(value));
		}
	}

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
