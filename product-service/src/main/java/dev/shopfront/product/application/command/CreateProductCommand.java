package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.ProductDetails;

public record CreateProductCommand(ProductDetails details) {

}
