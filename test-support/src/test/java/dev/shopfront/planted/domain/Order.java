package dev.shopfront.planted.domain;

/** Fixture: a service with one planted violation per rule of ServiceArchitecture. */
public record Order(String id) {
}
