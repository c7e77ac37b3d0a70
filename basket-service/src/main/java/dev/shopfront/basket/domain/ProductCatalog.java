package dev.shopfront.basket.domain;

import java.util.Optional;

/**
 * The product catalogue, owned by the product service.
 */
public interface ProductCatalog {

	/** The product, or empty if the catalogue has no such product. */
	Optional<CatalogProduct> find(ProductId productId);

}
