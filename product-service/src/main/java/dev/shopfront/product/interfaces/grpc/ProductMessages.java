package dev.shopfront.product.interfaces.grpc;

import java.math.BigDecimal;

import dev.shopfront.product.application.query.ProductView;
import dev.shopfront.product.domain.InvalidProductException;
import dev.shopfront.product.domain.ProductDetails;
import dev.shopfront.proto.product.v1.CreateProductRequest;
import dev.shopfront.proto.product.v1.Product;
import dev.shopfront.proto.product.v1.UpdateProductRequest;
import dev.shopfront.proto.time.ProtoTimestamps;

/**
 * Translates between the product protobuf messages and the application's records.
 */
final class ProductMessages {

	private ProductMessages() {
	}

	static Product toMessage(ProductView view) {
		return Product.newBuilder()
			.setId(view.id())
			.setName(view.name())
			.setDescription(view.description())
			.setPrice(view.price().toPlainString())
			.setStockQuantity(view.stockQuantity())
			.setCategory(view.category())
			.setImageUrl(view.imageUrl())
			.setCreatedAt(ProtoTimestamps.from(view.createdAt()))
			.setUpdatedAt(ProtoTimestamps.from(view.updatedAt()))
			.build();
	}

	static ProductDetails details(CreateProductRequest request) {
		return new ProductDetails(request.getName(), request.getDescription(), price(request.getPrice()),
				request.getStockQuantity(), request.getCategory(), request.getImageUrl());
	}

	static ProductDetails details(UpdateProductRequest request) {
		return new ProductDetails(request.getName(), request.getDescription(), price(request.getPrice()),
				request.getStockQuantity(), request.getCategory(), request.getImageUrl());
	}

	private static BigDecimal price(String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidProductException(
					"price must be a decimal number such as \"19.99\", was \"%s\"".formatted(text));
		}
	}

}
