package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.Quantity;
import dev.shopfront.basket.domain.UserId;

public record SetItemQuantityCommand(UserId userId, long productId, int quantity) {

	public SetItemQuantityCommand {
		Quantity.requireSettable(quantity);
	}

}
