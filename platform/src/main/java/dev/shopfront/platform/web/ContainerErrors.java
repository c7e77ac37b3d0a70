package dev.shopfront.platform.web;

import org.springframework.http.HttpStatus;

/**
 * What a client is told about a request the servlet container refused, per status.
 */
final class ContainerErrors {

	private ContainerErrors() {
	}

	static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is malformed: check the URL encoding (no encoded slash, backslash or NUL),"
					+ " the request line and the headers";
			case NOT_FOUND -> "No resource at this path";
			case METHOD_NOT_ALLOWED -> "This method is not allowed on this path";
			case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG -> "The request line or headers are too large";
			case CONTENT_TOO_LARGE -> "The request body is too large";
			case UNSUPPORTED_MEDIA_TYPE -> "The Content-Type is not supported; send application/json";
			default -> (status.is5xxServerError())
					? "The request failed unexpectedly; quote the X-Request-Id header when reporting it."
					: "The request was refused: " + status.getReasonPhrase();
		};
	}

	static String json(HttpStatus status) {
		return "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
			.formatted(status.getReasonPhrase(), status.value(), detail(status).replace("\\", "\\\\"));
	}

}
