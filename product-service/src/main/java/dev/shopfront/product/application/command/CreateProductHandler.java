package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.ProductId;
import dev.shopfront.product.domain.Products;

/**
 * Adds a product to the catalogue and returns its id.
 */
public class CreateProductHandler {

	private final Products products;

	public CreateProductHandler(Products products) {
		this.products = products;
	}

	public ProductId handle(CreateProductCommand command) {
		return this.products.add(command.details()).id();
	}

}
