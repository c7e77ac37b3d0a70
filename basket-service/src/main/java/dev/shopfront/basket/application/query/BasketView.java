package dev.shopfront.basket.application.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.shopfront.basket.domain.Basket;

/**
 * A basket as callers read it, with each line's subtotal and the total.
 */
public record BasketView(String id, String userId, List<Item> items, BigDecimal total, int itemCount, Instant createdAt,
		Instant updatedAt) {

	public static BasketView of(Basket basket) {
		List<Item> items = basket.items()
			.stream()
			.map((item) -> new Item(item.productId().value(), item.name(), item.price(), item.quantity(),
					item.subtotal(), item.category()))
			.toList();
		int count = basket.items().stream().mapToInt((item) -> item.quantity()).sum();
		return new BasketView(basket.id(), basket.userId().value(), items, basket.total(), count, basket.createdAt(),
				basket.updatedAt());
	}

	/** One line of the basket. */
	public record Item(long productId, String name, BigDecimal price, int quantity, BigDecimal subtotal,
			String category) {

	}

}
