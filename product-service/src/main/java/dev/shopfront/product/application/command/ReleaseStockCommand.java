package dev.shopfront.product.application.command;

public record ReleaseStockCommand(String reservationId) {

}
