package dev.shopfront.product.domain;

/**
 * The id of a product of the catalogue: a positive number, as the database hands them
 * out. Other services name products by the same number.
 */
public record ProductId(long value) implements Comparable<ProductId> {

	public ProductId {
		if (value <= 0) {
			throw new InvalidProductException("a product id must be a positive number, was %d".formatted(value));
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
