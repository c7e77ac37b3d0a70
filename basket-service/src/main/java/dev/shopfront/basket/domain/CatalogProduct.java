package dev.shopfront.basket.domain;

import java.math.BigDecimal;

/**
 * A product as the catalogue describes it now: the only source of names, prices and
 * stock.
 */
public record CatalogProduct(long id, String name, BigDecimal price, String category, int stockQuantity) {

}
