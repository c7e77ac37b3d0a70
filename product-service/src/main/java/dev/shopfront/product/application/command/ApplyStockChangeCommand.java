package dev.shopfront.product.application.command;

import dev.shopfront.product.domain.StockChange;

public record ApplyStockChangeCommand(StockChange change) {

}
