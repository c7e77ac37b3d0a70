package dev.shopfront.basket.interfaces.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import dev.shopfront.basket.domain.Quantity;

/**
 * The body of POST /baskets/{userId}/items. Unknown fields (a client-sent price or name)
 * are ignored: prices come from the catalogue only.
 */
record AddItemRequest(@NotNull @Positive Long productId,
		@NotNull @Min(1) @Max(Quantity.MAX_PER_LINE) Integer quantity) {

}
