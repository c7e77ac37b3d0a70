package dev.shopfront.product.domain;

import java.util.Optional;

/**
 * The catalogue's store of products.
 */
public interface Products {

	Product add(ProductDetails details);

	Optional<Product> find(ProductId id);

	/** Replaces a product's details. @throws ProductNotFoundException if there is none */
	Product replace(ProductId id, ProductDetails details);

	/**
	 * Removes a product.
	 * @throws ProductNotFoundException if there is none
	 * @throws ProductInUseException if units of it are held by a reservation
	 */
	void remove(ProductId id);

}
