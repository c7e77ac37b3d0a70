package dev.shopfront.product.domain;

/**
 * The product cannot be removed while a checkout holds units of it.
 */
public class ProductInUseException extends RuntimeException {

	public ProductInUseException(ProductId productId) {
		super("product %s has units held by a pending checkout and cannot be deleted".formatted(productId));
	}

}
