package dev.shopfront.product.application.query;

import java.util.List;

/**
 * One page of products and where it sits in the whole result.
 */
public record ProductPage(List<ProductView> items, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
