package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.Baskets;

/**
 * Empties a basket (after a checkout, or on the user's request). Clearing an empty or
 * missing basket is not an error, so a redelivered basket.cleared event is harmless.
 */
public class ClearBasketHandler {

	private final Baskets baskets;

	public ClearBasketHandler(Baskets baskets) {
		this.baskets = baskets;
	}

	public void handle(ClearBasketCommand command) {
		this.baskets.clear(command.userId());
	}

}
