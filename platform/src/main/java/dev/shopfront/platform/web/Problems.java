package dev.shopfront.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import dev.shopfront.platform.requestid.RequestId;

/**
 * Builds RFC 9457 problems the same way everywhere: a title, a detail that says what to
 * fix and the request id to quote.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		RequestId.current().ifPresent((id) -> problem.setProperty("request_id", id));
		return problem;
	}

}
