package dev.shopfront.product.interfaces.http;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.shopfront.platform.web.Problems;
import dev.shopfront.product.domain.InsufficientStockException;
import dev.shopfront.product.domain.InvalidProductException;
import dev.shopfront.product.domain.ProductInUseException;
import dev.shopfront.product.domain.ProductNotFoundException;

/**
 * The catalogue's refusals as problem+json.
 */
@RestControllerAdvice
@Order(0)
class ProductProblems {

	@ExceptionHandler(ProductNotFoundException.class)
	ProblemDetail notFound(ProductNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Product not found", ex.getMessage());
	}

	@ExceptionHandler(ProductInUseException.class)
	ProblemDetail inUse(ProductInUseException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Product in use", ex.getMessage());
	}

	@ExceptionHandler(InsufficientStockException.class)
	ProblemDetail insufficientStock(InsufficientStockException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Insufficient stock", ex.getMessage());
	}

	@ExceptionHandler(InvalidProductException.class)
	ProblemDetail invalid(InvalidProductException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid product", ex.getMessage());
	}

}
