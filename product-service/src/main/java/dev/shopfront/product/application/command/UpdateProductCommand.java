package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.ProductDetails;

public record UpdateProductCommand(long id, ProductDetails details) {

}
