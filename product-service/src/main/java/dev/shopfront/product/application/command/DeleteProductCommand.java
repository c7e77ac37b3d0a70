package dev.shopfront.product.application.command;

public record DeleteProductCommand(long id) {

}
