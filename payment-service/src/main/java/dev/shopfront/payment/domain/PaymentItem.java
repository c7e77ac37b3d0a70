package dev.shopfront.payment.domain;

import java.math.BigDecimal;

/**
 * A line of what is paid for, as the basket held it at checkout.
 */
public record PaymentItem(ProductId productId, String name, int quantity, BigDecimal price, String category) {

	public PaymentItem {
		if (productId == null) {
			throw new InvalidPaymentException("an item must name its product");
		}
		if (quantity <= 0) {
			throw new InvalidPaymentException("item quantity must be positive");
		}
		price = price.setScale(2);
	}

	public BigDecimal subtotal() {
		return this.price.multiply(BigDecimal.valueOf(this.quantity));
	}

}
