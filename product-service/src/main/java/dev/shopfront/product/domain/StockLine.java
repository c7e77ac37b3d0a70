package dev.shopfront.product.domain;

/**
 * A quantity of one product, as reserved or released.
 */
public record StockLine(long productId, int quantity) {

	public StockLine {
		if (quantity <= 0) {
			throw new InvalidProductException(
					"quantity for product %d must be positive, was %d".formatted(productId, quantity));
		}
	}

}
