package dev.shopfront.product.application.query;

/**
 * A page of the catalogue, optionally one category only, in the given order.
 */
public record ProductPageQuery(int page, int size, String category, Order order) {

	public ProductPageQuery {
		if (page < 0) {
			throw new IllegalArgumentException("page must be zero or more");
		}
		if (size < 1) {
			throw new IllegalArgumentException("size must be at least 1");
		}
		category = (category == null || category.isBlank()) ? null : category.strip();
		order = (order != null) ? order : Order.ID;
	}

	/** The orders a page can be read in. */
	public enum Order {

		ID, PRICE_ASCENDING, PRICE_DESCENDING

	}

}
