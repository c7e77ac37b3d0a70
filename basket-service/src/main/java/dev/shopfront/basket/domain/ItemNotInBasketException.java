package dev.shopfront.basket.domain;

/**
 * The basket has no line for that product.
 */
public class ItemNotInBasketException extends RuntimeException {

	public ItemNotInBasketException(String message) {
		super(message);
	}

}
