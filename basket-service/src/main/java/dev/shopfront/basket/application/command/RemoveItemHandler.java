package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.Baskets;

/**
 * Removes one line from a basket.
 */
public class RemoveItemHandler {

	private final Baskets baskets;

	public RemoveItemHandler(Baskets baskets) {
		this.baskets = baskets;
	}

	public void handle(RemoveItemCommand command) {
		this.baskets.remove(command.userId(), command.productId());
	}

}
