package dev.shopfront.gateway.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body that grew past the limit while it streamed through: 413. */
public class BodyTooLargeException extends ResponseStatusException {

	public BodyTooLargeException(long limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "the body is larger than the limit of %d bytes".formatted(limit));
	}

}
