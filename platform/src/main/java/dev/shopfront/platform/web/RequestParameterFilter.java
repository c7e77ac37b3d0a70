package dev.shopfront.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses, before any controller runs, what the servlet container lets through but the
 * application cannot handle: a query string that does not decode (Tomcat throws on the
 * first read of a parameter), a parameter the databases cannot store (a NUL, a lone
 * surrogate), and a Content-Type that is not a concrete media type ({@code *}{@code /*}
 * or garbage). The refusals go to the MVC exception handlers, so they answer problem+json
 * like every other bad request.
 */
public class RequestParameterFilter extends OncePerRequestFilter {

	private final HandlerExceptionResolver exceptionResolver;

	public RequestParameterFilter(HandlerExceptionResolver exceptionResolver) {
		this.exceptionResolver = exceptionResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Exception refusal = refusal(request);
		if (refusal != null) {
			this.exceptionResolver.resolveException(request, response, null, refusal);
			return;
		}
		chain.doFilter(request, response);
	}

	private static Exception refusal(HttpServletRequest request) {
		String contentType = request.getContentType();
		boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		if (contentType != null && hasBody) {
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				if (type.isWildcardType() || type.isWildcardSubtype()) {
					return new HttpMediaTypeNotSupportedException("Content-Type must be a concrete media type");
				}
			}
			catch (InvalidMediaTypeException ex) {
				return new HttpMediaTypeNotSupportedException("Content-Type '%s' is not a media type"
					.formatted((contentType.length() > 100) ? contentType.substring(0, 100) + "..." : contentType));
			}
		}
		if (request.getQueryString() == null) {
			return null;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return new InvalidRequestParameterException(
					"The query string is not valid: use UTF-8 and %XX escapes for reserved characters", List.of());
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!StorableText.isStorable(parameter.getKey())) {
				return new InvalidRequestParameterException("A query parameter name " + StorableText.MESSAGE,
						List.of());
			}
			for (String value : parameter.getValue()) {
				if (!StorableText.isStorable(value)) {
					return new InvalidRequestParameterException(
							"Query parameter '%s' %s".formatted(parameter.getKey(), StorableText.MESSAGE),
							List.of(parameter.getKey()));
				}
			}
		}
		return null;
	}

	/**
	 * A request parameter the service refuses before binding it.
	 */
	public static class InvalidRequestParameterException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final List<String> parameters;

		InvalidRequestParameterException(String message, List<String> parameters) {
			super(message);
			this.parameters = parameters;
		}

		public List<String> parameters() {
			return this.parameters;
		}

	}

}
