package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.CheckoutId;
import dev.shopfront.basket.domain.UserId;

public record RememberCheckoutCommand(CheckoutId checkoutId, UserId userId) {

}
