package dev.shopfront.product.domain;

/**
 * No product has the given id.
 */
public class ProductNotFoundException extends RuntimeException {

	private final ProductId productId;

	public ProductNotFoundException(ProductId productId) {
		super("product %s does not exist".formatted(productId));
		this.productId = productId;
	}

	public ProductId productId() {
		return this.productId;
	}

}
