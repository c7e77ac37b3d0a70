package dev.shopfront.basket.infrastructure.persistence;

import dev.shopfront.basket.application.query.BasketQueries;
import dev.shopfront.basket.application.query.BasketView;
import dev.shopfront.basket.domain.Basket;
import dev.shopfront.basket.domain.UserId;

/**
 * Reads baskets from their Redis hashes; the read is one HGETALL, so it never sees half
 * of a change.
 */
public class RedisBasketQueries implements BasketQueries {

	private final RedisBaskets baskets;

	public RedisBasketQueries(RedisBaskets baskets) {
		this.baskets = baskets;
	}

	@Override
	public BasketView basketOf(UserId userId) {
		return BasketView.of(this.baskets.find(userId).orElseGet(() -> Basket.empty(userId)));
	}

}
