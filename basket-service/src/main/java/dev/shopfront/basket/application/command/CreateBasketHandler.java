package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.BasketAlreadyExistsException;
import dev.shopfront.basket.domain.Baskets;

/**
 * Creates an empty basket for a user who has none.
 */
public class CreateBasketHandler {

	private final Baskets baskets;

	public CreateBasketHandler(Baskets baskets) {
		this.baskets = baskets;
	}

	public void handle(CreateBasketCommand command) {
		if (!this.baskets.create(command.userId())) {
			throw new BasketAlreadyExistsException("user %s already has a basket".formatted(command.userId()));
		}
	}

}
