package dev.shopfront.product.application.query;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as callers read it.
 */
public record ProductView(long id, String name, String description, BigDecimal price, int stockQuantity,
		String category, String imageUrl, Instant createdAt, Instant updatedAt) {

}
