package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.Reservation;

public record ReserveStockCommand(Reservation reservation) {

}
