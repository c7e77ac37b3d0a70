package dev.shopfront.basket.interfaces.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.shopfront.basket.domain.Quantity;

/**
 * The body of PUT /baskets/{userId}/items/{productId}; 0 removes the line.
 */
record SetItemQuantityRequest(@NotNull @Min(0) @Max(Quantity.MAX_PER_LINE) Integer quantity) {

}
