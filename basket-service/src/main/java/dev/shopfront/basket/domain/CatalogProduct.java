package dev.shopfront.basket.domain;

import java.math.BigDecimal;

/**
 * A product as the catalogue describes it now: the only source of names, prices and
 * stock.
 */
public record CatalogProduct(ProductId id, String name, BigDecimal price, String category, int stockQuantity) {

	/**
	 * How many units one basket line of this product may hold: no more than its stock,
	 * and never more than {@value Quantity#MAX_PER_LINE}. The store applies this cap
	 * atomically; the rule is here.
	 */
	public int lineCap() {
		return Math.min(this.stockQuantity, Quantity.MAX_PER_LINE);
	}

	/**
	 * Checks a line set to {@code quantity} units.
	 * @throws InsufficientStockException if it exceeds the stock
	 */
	public void requireInStock(int quantity) {
		if (quantity > this.stockQuantity) {
			throw new InsufficientStockException(
					"only %d of product %s in stock, asked for %d".formatted(this.stockQuantity, this.id, quantity));
		}
	}

	/**
	 * The refusal of adding {@code quantity} units to a line that holds {@code inBasket},
	 * when together they exceed the {@link #lineCap()}.
	 */
	public InsufficientStockException lineFull(int inBasket, int quantity) {
		return new InsufficientStockException("only %d of product %s available, basket holds %d, asked to add %d"
			.formatted(lineCap(), this.id, inBasket, quantity));
	}

}
