package dev.shopfront.product.domain;

/**
 * No product has the given id.
 */
public class ProductNotFoundException extends RuntimeException {

	private final long productId;

	public ProductNotFoundException(long productId) {
		super("product %d does not exist".formatted(productId));
		this.productId = productId;
	}

	public long productId() {
		return this.productId;
	}

}
