package dev.shopfront.basket.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a basket: the product as the catalogue described it when it was added, and
 * how many.
 */
public record BasketItem(ProductId productId, String name, BigDecimal price, String category, int quantity) {

	public BasketItem {
		price = price.setScale(2, RoundingMode.UNNECESSARY);
	}

	public BigDecimal subtotal() {
		return this.price.multiply(BigDecimal.valueOf(this.quantity));
	}

}
