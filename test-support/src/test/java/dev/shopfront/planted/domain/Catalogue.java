package dev.shopfront.planted.domain;

import org.springframework.data.domain.Page;

/** Planted: Spring Data's Page in the domain, which {@code ..domain..} let through. */
public interface Catalogue {

	Page<Order> orders(int page);

}
