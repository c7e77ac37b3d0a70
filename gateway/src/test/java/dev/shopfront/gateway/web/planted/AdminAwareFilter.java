package dev.shopfront.gateway.web.planted;

import dev.shopfront.gateway.admin.FailedTokenGuesses;
import dev.shopfront.product.planted.ProductStandIn;

/**
 * Planted for {@code PlantedViolationsTest}: a web filter reading the admin's token guard
 * (closing a cycle, since admin uses web) and a service's class. Never on the main path.
 */
public class AdminAwareFilter {

	public String describe(FailedTokenGuesses guesses, ProductStandIn product) {
		return guesses + " " + product;
	}

}
