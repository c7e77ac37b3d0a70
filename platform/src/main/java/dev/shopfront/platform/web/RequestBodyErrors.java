package dev.shopfront.platform.web;

import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns Jackson's view of an unreadable body into one sentence a client can act on,
 * without leaking class names.
 */
final class RequestBodyErrors {

	private RequestBodyErrors() {
	}

	static String describe(HttpMessageNotReadableException ex) {
		if (ex.getMostSpecificCause() instanceof StorableStringsModule.UnstorableTextException unstorable) {
			return "Field '%s' %s".formatted(path(unstorable), StorableText.MESSAGE);
		}
		Throwable cause = jacksonCause(ex);
		if (cause instanceof InvalidFormatException invalid) {
			return "Field '%s' has an invalid value '%s'".formatted(path(invalid), invalid.getValue());
		}
		if (cause instanceof MismatchedInputException mismatched && !path(mismatched).isEmpty()) {
			return "Field '%s' has the wrong type".formatted(path(mismatched));
		}
		if (cause instanceof StreamReadException parse) {
			return "The body is not valid JSON (line %d, column %d)".formatted(parse.getLocation().getLineNr(),
					parse.getLocation().getColumnNr());
		}
		if (cause instanceof JacksonException) {
			return "The body does not match the expected JSON structure";
		}
		return "A JSON request body is required";
	}

	// The outermost Jackson exception, not the most specific cause: a value Jackson could
	// not convert (an Instant "soon") ends in a JDK parse exception that names no field.
	private static Throwable jacksonCause(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException) {
				return cause;
			}
		}
		return ex.getMostSpecificCause();
	}

	private static String path(DatabindException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."));
	}

}
