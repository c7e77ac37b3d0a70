package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.Baskets;
import dev.shopfront.basket.domain.CatalogProduct;
import dev.shopfront.basket.domain.ProductCatalog;
import dev.shopfront.basket.domain.UnknownProductException;

/**
 * Adds units of a product to a basket at the catalogue's current name, price and category
 * (never the client's), without exceeding the product's stock. Returns the line's new
 * quantity.
 */
public class AddItemHandler {

	private final Baskets baskets;

	private final ProductCatalog catalog;

	public AddItemHandler(Baskets baskets, ProductCatalog catalog) {
		this.baskets = baskets;
		this.catalog = catalog;
	}

	public int handle(AddItemCommand command) {
		CatalogProduct product = this.catalog.find(command.productId())
			.orElseThrow(() -> new UnknownProductException("product %s does not exist".formatted(command.productId())));
		return this.baskets.add(command.userId(), product, command.quantity());
	}

}
