package dev.shopfront.basket.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A user's basket. A user who never had one has an empty basket without an id.
 */
public record Basket(String id, UserId userId, List<BasketItem> items, Instant createdAt, Instant updatedAt) {

	public Basket {
		items = items.stream().sorted(Comparator.comparing(BasketItem::productId)).toList();
	}

	public static Basket empty(UserId userId) {
		return new Basket(null, userId, List.of(), null, null);
	}

	public BigDecimal total() {
		return this.items.stream().map(BasketItem::subtotal).reduce(new BigDecimal("0.00"), BigDecimal::add);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
