package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.ProductId;

public record DeleteProductCommand(ProductId id) {

}
