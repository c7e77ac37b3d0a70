package dev.shopfront.proto.common;

import java.math.BigDecimal;

import dev.shopfront.proto.common.v1.LineItem;

/**
 * Builds the {@link LineItem} that baskets, payments and payment events share, so each
 * service maps its own line to it in one call.
 */
public final class LineItems {

	private LineItems() {
	}

	public static LineItem of(long productId, String name, int quantity, BigDecimal price, BigDecimal subtotal,
			String category) {
		return LineItem.newBuilder()
			.setProductId(productId)
			.setName(name)
			.setQuantity(quantity)
			.setPrice(price.toPlainString())
			.setSubtotal(subtotal.toPlainString())
			.setCategory(category)
			.build();
	}

}
