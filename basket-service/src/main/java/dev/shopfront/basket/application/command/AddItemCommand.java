package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.ProductId;
import dev.shopfront.basket.domain.Quantity;
import dev.shopfront.basket.domain.UserId;

public record AddItemCommand(UserId userId, ProductId productId, int quantity) {

	public AddItemCommand {
		Quantity.requirePositive(quantity);
	}

}
