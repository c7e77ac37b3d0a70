package dev.shopfront.product.infrastructure.persistence;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import dev.shopfront.product.domain.ProductDetails;

/**
 * The named SQL parameters of a product's details.
 */
class ProductParameters extends MapSqlParameterSource {

	ProductParameters(ProductDetails details) {
		addValue("name", details.name());
		addValue("description", details.description());
		addValue("price", details.price());
		addValue("stock", details.stockQuantity());
		addValue("category", details.category());
		addValue("imageUrl", details.imageUrl());
	}

}
