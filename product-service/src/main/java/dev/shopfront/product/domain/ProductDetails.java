package dev.shopfront.product.domain;

import java.math.BigDecimal;

/**
 * What a caller may set on a product. Creating one checks the catalogue's rules: a name,
 * a price of zero or more with at most two decimals, and stock of zero or more.
 */
public record ProductDetails(String name, String description, BigDecimal price, int stockQuantity, String category,
		String imageUrl) {

	public static final int MAX_NAME_LENGTH = 200;

	public ProductDetails {
		if (name == null || name.isBlank()) {
			throw new InvalidProductException("name is required");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new InvalidProductException("name must be at most %d characters".formatted(MAX_NAME_LENGTH));
		}
		if (price == null) {
			throw new InvalidProductException("price is required");
		}
		if (price.signum() < 0) {
			throw new InvalidProductException("price must be zero or more");
		}
		if (price.stripTrailingZeros().scale() > 2) {
			throw new InvalidProductException("price must have at most two decimals");
		}
		if (stockQuantity < 0) {
			throw new InvalidProductException("stock_quantity must be zero or more");
		}
		name = name.strip();
		description = (description != null) ? description : "";
		price = price.setScale(2);
		category = (category != null) ? category.strip() : "";
		imageUrl = (imageUrl != null) ? imageUrl : "";
	}

}
