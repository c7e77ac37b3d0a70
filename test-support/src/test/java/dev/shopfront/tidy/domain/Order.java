package dev.shopfront.tidy.domain;

/** Fixture: a service whose layers keep every rule of ServiceArchitecture. */
public record Order(String id) {
}
