package dev.shopfront.basket.interfaces.http;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import dev.shopfront.basket.domain.UserId;

/**
 * The body of POST /baskets.
 */
record CreateBasketRequest(
		@NotBlank @Pattern(regexp = UserId.PATTERN, message = "must be " + UserId.RULE) String userId) {

}
