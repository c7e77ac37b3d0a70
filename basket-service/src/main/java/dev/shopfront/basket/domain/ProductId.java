package dev.shopfront.basket.domain;

/**
 * The catalogue's id of a product: a positive number, as the product service hands them
 * out.
 */
public record ProductId(long value) implements Comparable<ProductId> {

	public ProductId {
		if (value <= 0) {
			throw new InvalidBasketException("product_id must be a positive number, was %d".formatted(value));
		}
	}

	@Override
	public int compareTo(ProductId other) {
		return Long.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
