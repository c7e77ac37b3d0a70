package dev.shopfront.basket.application.query;

import dev.shopfront.basket.domain.Basket;
import dev.shopfront.basket.domain.Baskets;
import dev.shopfront.basket.domain.UserId;

/**
 * Reads baskets; never calls the catalogue, so baskets stay readable while products are
 * down.
 */
public class BasketQueries {

	private final Baskets baskets;

	public BasketQueries(Baskets baskets) {
		this.baskets = baskets;
	}

	/** The user's basket, or an empty one if the user has none. */
	public BasketView basketOf(UserId userId) {
		return BasketView.of(this.baskets.find(userId).orElseGet(() -> Basket.empty(userId)));
	}

}
