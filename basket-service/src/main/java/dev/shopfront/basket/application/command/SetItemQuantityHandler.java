package dev.shopfront.basket.application.command;

import dev.shopfront.basket.domain.Baskets;
import dev.shopfront.basket.domain.CatalogProduct;
import dev.shopfront.basket.domain.ProductCatalog;
import dev.shopfront.basket.domain.UnknownProductException;

/**
 * Sets how many units of a product a basket holds; 0 removes the line. A positive
 * quantity is checked against the catalogue's stock.
 */
public class SetItemQuantityHandler {

	private final Baskets baskets;

	private final ProductCatalog catalog;

	public SetItemQuantityHandler(Baskets baskets, ProductCatalog catalog) {
		this.baskets = baskets;
		this.catalog = catalog;
	}

	public void handle(SetItemQuantityCommand command) {
		if (command.quantity() > 0) {
			CatalogProduct product = this.catalog.find(command.productId())
				.orElseThrow(
						() -> new UnknownProductException("product %s does not exist".formatted(command.productId())));
			product.requireInStock(command.quantity());
		}
		this.baskets.setQuantity(command.userId(), command.productId(), command.quantity());
	}

}
