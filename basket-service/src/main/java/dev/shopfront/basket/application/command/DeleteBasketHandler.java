package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.Baskets;

/**
 * Deletes a user's basket. Returns false if there was none.
 */
public class DeleteBasketHandler {

	private final Baskets baskets;

	public DeleteBasketHandler(Baskets baskets) {
		this.baskets = baskets;
	}

	public boolean handle(DeleteBasketCommand command) {
		return this.baskets.delete(command.userId());
	}

}
