package dev.shopfront.product.application.command;

public record ReleaseExpiredReservationsCommand(int batchSize) {

}
