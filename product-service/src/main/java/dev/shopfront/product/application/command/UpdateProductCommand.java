package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.ProductDetails;
import dev.shopfront.product.domain.ProductId;

public record UpdateProductCommand(ProductId id, ProductDetails details) {

}
