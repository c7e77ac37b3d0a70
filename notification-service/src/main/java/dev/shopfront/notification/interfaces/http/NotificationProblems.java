package dev.shopfront.notification.interfaces.http;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.shopfront.notification.domain.ConcurrentNotificationChangeException;
import dev.shopfront.notification.domain.IllegalNotificationTransitionException;
import dev.shopfront.notification.domain.InvalidNotificationException;
import dev.shopfront.notification.domain.NotificationNotFoundException;
import dev.shopfront.platform.web.Problems;

/**
 * The notification service's refusals as problem+json. An illegal move names the
 * notification's current state.
 */
@RestControllerAdvice
@Order(0)
class NotificationProblems {

	@ExceptionHandler(NotificationNotFoundException.class)
	ProblemDetail notFound(NotificationNotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Notification not found", ex.getMessage());
	}

	@ExceptionHandler(IllegalNotificationTransitionException.class)
	ProblemDetail illegalTransition(IllegalNotificationTransitionException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Illegal notification transition", ex.getMessage());
		problem.setProperty("current_status", ex.current().value());
		return problem;
	}

	@ExceptionHandler(ConcurrentNotificationChangeException.class)
	ProblemDetail concurrent(ConcurrentNotificationChangeException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Concurrent change", ex.getMessage());
	}

	@ExceptionHandler(InvalidNotificationException.class)
	ProblemDetail invalid(InvalidNotificationException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

}
