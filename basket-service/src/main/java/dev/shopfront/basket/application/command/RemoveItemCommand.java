package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.ProductId;
import dev.shopfront.basket.domain.UserId;

public record RemoveItemCommand(UserId userId, ProductId productId) {

}
