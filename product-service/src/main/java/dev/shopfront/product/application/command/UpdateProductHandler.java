package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.ProductId;
import dev.shopfront.product.domain.Products;

/**
 * Replaces a product's details; fails with ProductNotFoundException if there is none.
 */
public class UpdateProductHandler {

	private final Products products;

	public UpdateProductHandler(Products products) {
		this.products = products;
	}

	public ProductId handle(UpdateProductCommand command) {
		return this.products.replace(command.id(), command.details()).id();
	}

}
