package dev.shopfront.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.shopfront.platform.grpc.client.DependencyUnavailableException;

/**
 * The problem+json answers every service gives for malformed requests, so that bad input
 * is a clear 4xx and never a 500. Services add their domain exceptions in an advice of
 * their own, which runs before this one.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Malformed request body",
				RequestBodyErrors.describe(ex));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(jsonName(error.getField()), messageOf(error)))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		return handleExceptionInternal(ex, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		return handleExceptionInternal(ex, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName().toLowerCase() : "value";
		return Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameter",
				"'%s' is not a valid %s for '%s'".formatted(ex.getValue(), expected, ex.getName()));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail handleConstraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldProblem(jsonName(lastNode(violation.getPropertyPath().toString())),
					violation.getMessage()))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(RequestParameterFilter.InvalidRequestParameterException.class)
	ProblemDetail handleInvalidParameter(RequestParameterFilter.InvalidRequestParameterException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request parameter", ex.getMessage());
		if (!ex.parameters().isEmpty()) {
			problem.setProperty("errors",
					ex.parameters()
						.stream()
						.map((name) -> new FieldProblem(name, StorableText.MESSAGE).asMap())
						.toList());
		}
		return problem;
	}

	@ExceptionHandler(DependencyUnavailableException.class)
	ResponseEntity<ProblemDetail> handleDependencyUnavailable(DependencyUnavailableException ex) {
		log.warn("{}", ex.getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Dependency unavailable",
				"%s is not available right now; try again shortly".formatted(ex.dependency()));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * A lock wait that timed out or a deadlock the database broke: the transaction was
	 * rolled back whole, so the same request may simply be sent again.
	 */
	@ExceptionHandler(TransientDataAccessException.class)
	ResponseEntity<ProblemDetail> handleTransientDataAccess(TransientDataAccessException ex) {
		log.warn("Transient database failure, the client may retry: {}", ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
				"The request collided with another one and was rolled back; send it again");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail handleUnexpected(Exception ex) {
		log.error("Unexpected failure while handling a request", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request failed unexpectedly; quote the X-Request-Id header when reporting it.");
	}

	private static ProblemDetail invalid(List<FieldProblem> errors) {
		String detail = errors.stream()
			.map((error) -> error.field() + ": " + error.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("The request is invalid");
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", detail);
		problem.setProperty("errors", errors.stream().map(FieldProblem::asMap).toList());
		return problem;
	}

	private static String messageOf(FieldError error) {
		return (error.isBindingFailure()) ? "has an invalid value '%s'".formatted(error.getRejectedValue())
				: error.getDefaultMessage();
	}

	// Bodies are snake_case JSON (see the platform defaults), so errors name fields as
	// clients write them.
	static String jsonName(String javaPath) {
		StringBuilder name = new StringBuilder(javaPath.length() + 4);
		for (char c : javaPath.toCharArray()) {
			if (Character.isUpperCase(c)) {
				name.append('_').append(Character.toLowerCase(c));
			}
			else {
				name.append(c);
			}
		}
		return name.toString();
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

	record FieldProblem(String field, String message) {

		Map<String, String> asMap() {
			return Map.of("field", this.field, "message", this.message);
		}

	}

}
