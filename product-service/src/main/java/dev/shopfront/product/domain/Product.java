package dev.shopfront.product.domain;

import java.time.Instant;

/**
 * A product of the catalogue as stored: its details, its identity and when it last
 * changed.
 */
public record Product(ProductId id, ProductDetails details, long version, Instant createdAt, Instant updatedAt) {

}
