package dev.shopfront.basket.application.query;

import dev.shopfront.basket.domain.UserId;

/**
 * Reads baskets; never calls the catalogue, so baskets stay readable while products are
 * down.
 */
public interface BasketQueries {

	/** The user's basket, or an empty one if the user has none. */
	BasketView basketOf(UserId userId);

}
