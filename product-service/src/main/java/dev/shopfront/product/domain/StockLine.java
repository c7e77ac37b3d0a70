package dev.shopfront.product.domain;

/**
 * A quantity of one product, as reserved or released.
 */
public record StockLine(ProductId productId, int quantity) {

	public StockLine {
		if (quantity <= 0) {
			throw new InvalidProductException(
					"quantity for product %s must be positive, was %d".formatted(productId, quantity));
		}
	}

	/** A line of the product the wire names by its number. */
	public StockLine(long productId, int quantity) {
		this(new ProductId(productId), quantity);
	}

}
