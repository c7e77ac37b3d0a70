package dev.shopfront.product.application.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read-only views of the catalogue. Never changes state.
 */
public interface ProductQueries {

	Optional<ProductView> byId(long id);

	ProductPage page(ProductPageQuery query);

	/**
	 * The products among the ids that exist, in id order; missing ids are simply absent.
	 */
	List<ProductView> byIds(Collection<Long> ids);

}
