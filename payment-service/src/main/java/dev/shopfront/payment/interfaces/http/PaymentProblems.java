package dev.shopfront.payment.interfaces.http;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.shopfront.payment.domain.ConcurrentPaymentChangeException;
import dev.shopfront.payment.domain.CurrencyNotAcceptedException;
import dev.shopfront.payment.domain.EmptyBasketException;
import dev.shopfront.payment.domain.IdempotencyKeyReusedException;
import dev.shopfront.payment.domain.IllegalPaymentTransitionException;
import dev.shopfront.payment.domain.InvalidPaymentException;
import dev.shopfront.payment.domain.PaymentNotFoundException;
import dev.shopfront.payment.domain.StockUnavailableException;
import dev.shopfront.platform.web.Problems;

/**
 * The payment's refusals as problem+json. An illegal move names the payment's current
 * state.
 */
@RestControllerAdvice
@Order(0)
class PaymentProblems {

	@ExceptionHandler(PaymentNotFoundException.class)
	ProblemDetail notFound(PaymentNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Payment not found", ex.getMessage());
	}

	@ExceptionHandler(IllegalPaymentTransitionException.class)
	ProblemDetail illegalTransition(IllegalPaymentTransitionException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Illegal payment transition", ex.getMessage());
		problem.setProperty("current_status", ex.current().value());
		return problem;
	}

	@ExceptionHandler(StockUnavailableException.class)
	ProblemDetail stock(StockUnavailableException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Insufficient stock", ex.getMessage());
	}

	@ExceptionHandler(ConcurrentPaymentChangeException.class)
	ProblemDetail concurrent(ConcurrentPaymentChangeException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Concurrent change", ex.getMessage());
	}

	@ExceptionHandler(EmptyBasketException.class)
	ProblemDetail emptyBasket(EmptyBasketException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Empty basket", ex.getMessage());
	}

	@ExceptionHandler(CurrencyNotAcceptedException.class)
	ProblemDetail currency(CurrencyNotAcceptedException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Currency not accepted", ex.getMessage());
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ProblemDetail keyReused(IdempotencyKeyReusedException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", ex.getMessage());
	}

	@ExceptionHandler(InvalidPaymentException.class)
	ProblemDetail invalid(InvalidPaymentException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

}
