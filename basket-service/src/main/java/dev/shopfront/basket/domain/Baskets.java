package dev.shopfront.basket.domain;

import java.util.Optional;

/**
 * Where baskets live. Every change is atomic per basket, so concurrent changes for one
 * user never lose a write, and refreshes the basket's time to live.
 */
public interface Baskets {

	Optional<Basket> find(UserId userId);

	/** Creates an empty basket; false if the user already has one. */
	boolean create(UserId userId);

	/** Deletes the basket; false if there was none. */
	boolean delete(UserId userId);

	/**
	 * Adds units of a product (creating the basket if needed) and records the product as
	 * the catalogue describes it now, as one atomic step that applies the product's
	 * {@link CatalogProduct#lineCap()}.
	 * @return the line's new quantity
	 * @throws InsufficientStockException ({@link CatalogProduct#lineFull}) if the line
	 * would exceed the cap; nothing changes then
	 */
	int add(UserId userId, CatalogProduct product, int quantity);

	/**
	 * Sets a line's quantity; 0 removes it.
	 * @throws ItemNotInBasketException if the basket has no such line
	 */
	void setQuantity(UserId userId, ProductId productId, int quantity);

	/** Removes a line. @throws ItemNotInBasketException if the basket has no such line */
	void remove(UserId userId, ProductId productId);

	/** Removes every line, keeping the basket. */
	void clear(UserId userId);

	/**
	 * Removes every line on behalf of an event, once per event id: a redelivered event
	 * must not clear what the user added since.
	 * @return false if this event had cleared the basket before
	 */
	boolean clearOnce(UserId userId, String eventId);

}
