package dev.shopfront.basket.interfaces.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import dev.shopfront.basket.domain.Quantity;

/**
 * The bodies the basket API accepts. Unknown fields (a client-sent price or name) are
 * ignored: prices come from the catalogue only.
 */
final class BasketRequests {

	static final String USER_ID_PATTERN = "[A-Za-z0-9_-]{1,64}";

	static final String USER_ID_MESSAGE = "must be 1 to 64 letters, digits, '_' or '-'";

	private BasketRequests() {
	}

	record CreateBasket(@NotBlank @Pattern(regexp = USER_ID_PATTERN, message = USER_ID_MESSAGE) String userId) {

	}

	record AddItem(@NotNull @Positive Long productId, @NotNull @Min(1) @Max(Quantity.MAX_PER_LINE) Integer quantity) {

	}

	record SetQuantity(@NotNull @Min(0) @Max(Quantity.MAX_PER_LINE) Integer quantity) {

	}

}
