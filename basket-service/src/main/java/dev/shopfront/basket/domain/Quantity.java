package dev.shopfront.basket.domain;

/**
 * The rules on how many units one basket line may hold.
 */
public final class Quantity {

	/** More of one product than any shopper needs; larger numbers are typos or abuse. */
	public static final int MAX_PER_LINE = 1000;

	private Quantity() {
	}

	/** A quantity to add: 1 to {@value #MAX_PER_LINE}. */
	public static int requirePositive(int quantity) {
		if (quantity < 1 || quantity > MAX_PER_LINE) {
			throw new InvalidBasketException(
					"quantity must be between 1 and %d, was %d".formatted(MAX_PER_LINE, quantity));
		}
		return quantity;
	}

	/** A quantity to set: 0 (removes the line) to {@value #MAX_PER_LINE}. */
	public static int requireSettable(int quantity) {
		if (quantity < 0 || quantity > MAX_PER_LINE) {
			throw new InvalidBasketException(
					"quantity must be between 0 and %d, was %d".formatted(MAX_PER_LINE, quantity));
		}
		return quantity;
	}

}
