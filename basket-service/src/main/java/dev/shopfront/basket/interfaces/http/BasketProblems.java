package dev.shopfront.basket.interfaces.http;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.shopfront.basket.domain.BasketAlreadyExistsException;
import dev.shopfront.basket.domain.InsufficientStockException;
import dev.shopfront.basket.domain.InvalidBasketException;
import dev.shopfront.basket.domain.ItemNotInBasketException;
import dev.shopfront.basket.domain.UnknownProductException;
import dev.shopfront.platform.web.Problems;

/**
 * The basket's refusals as problem+json. An unknown product is 422: the request is well
 * formed but names a product the catalogue does not have.
 */
@RestControllerAdvice
@Order(0)
class BasketProblems {

	@ExceptionHandler(BasketAlreadyExistsException.class)
	ProblemDetail exists(BasketAlreadyExistsException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Basket exists", ex.getMessage());
	}

	@ExceptionHandler(InsufficientStockException.class)
	ProblemDetail insufficientStock(InsufficientStockException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Insufficient stock", ex.getMessage());
	}

	@ExceptionHandler(UnknownProductException.class)
	ProblemDetail unknownProduct(UnknownProductException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown product", ex.getMessage());
	}

	@ExceptionHandler(ItemNotInBasketException.class)
	ProblemDetail notInBasket(ItemNotInBasketException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Item not in basket", ex.getMessage());
	}

	@ExceptionHandler(InvalidBasketException.class)
	ProblemDetail invalid(InvalidBasketException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

}
