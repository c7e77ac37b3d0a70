package dev.shopfront.product.application.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.shopfront.product.domain.ProductId;

/**
 * Read-only views of the catalogue. Never changes state.
 */
public interface ProductQueries {

	Optional<ProductView> byId(ProductId id);

	ProductPage page(ProductPageQuery query);

	/**
	 * The products among the ids that exist, in id order; missing ids are simply absent.
	 */
	List<ProductView> byIds(Collection<ProductId> ids);

}
