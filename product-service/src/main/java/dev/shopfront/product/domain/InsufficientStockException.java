package dev.shopfront.product.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A reservation asked for more units than are in stock; nothing was reserved.
 */
public class InsufficientStockException extends RuntimeException {

	private final List<ProductId> productIds;

	public InsufficientStockException(List<ProductId> productIds) {
		super("not enough stock for product(s) "
				+ productIds.stream().map(String::valueOf).collect(Collectors.joining(", ")));
		this.productIds = List.copyOf(productIds);
	}

	public List<ProductId> productIds() {
		return this.productIds;
	}

}
