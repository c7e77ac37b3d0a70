package dev.shopfront.planted.interfaces.http;

public record OrderResponse(String id) {
}
