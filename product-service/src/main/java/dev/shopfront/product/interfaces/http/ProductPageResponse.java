package dev.shopfront.product.interfaces.http;

import java.util.List;

import dev.shopfront.product.application.query.ProductPage;
import dev.shopfront.product.application.query.ProductView;

/**
 * A page of GET /products: the items and where they sit in the whole catalogue.
 */
record ProductPageResponse(List<ProductView> items, int page, int size, long totalElements, int totalPages) {

	static ProductPageResponse of(ProductPage page) {
		return new ProductPageResponse(page.items(), page.page(), page.size(), page.totalElements(), page.totalPages());
	}

}
