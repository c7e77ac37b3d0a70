package dev.shopfront.platform.requestid;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the caller's {@code X-Request-Id} (or makes one), keeps it in the MDC while the
 * request runs and echoes it on the response.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = RequestId.acceptOrGenerate(request.getHeader(RequestId.HEADER));
		response.setHeader(RequestId.HEADER, requestId);
		try (RequestId.Scope scope = RequestId.open(requestId)) {
			chain.doFilter(request, response);
		}
	}

}
