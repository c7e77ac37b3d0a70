package dev.shopfront.gateway.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * A request's path as the router could see it, for deciding what guards it: segments
 * percent-decoded, without matrix parameters, empty and dot segments resolved, lower
 * case. The router matches decoded segments, so a check on the raw path
 * ({@code startsWith("/admin")}) is bypassed by {@code /%61dmin}; classifying every
 * spelling the same way, and more broadly than the router (case, dot segments, a decoded
 * {@code %2F}), means no spelling reaches a guarded endpoint unguarded. Plain string
 * work, once per request: no regex.
 */
public final class RequestPaths {

	private static final String ATTRIBUTE = RequestPaths.class.getName() + ".segments";

	private RequestPaths() {
	}

	/** The normalised segments, worked out once per exchange. */
	public static List<String> segments(ServerWebExchange exchange) {
		List<String> segments = exchange.getAttribute(ATTRIBUTE);
		if (segments == null) {
			segments = segments(exchange.getRequest());
			exchange.getAttributes().put(ATTRIBUTE, segments);
		}
		return segments;
	}

	static List<String> segments(ServerHttpRequest request) {
		List<String> segments = new ArrayList<>(4);
		for (PathContainer.Element element : request.getPath().pathWithinApplication().elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				// a decoded %2F or %5C is a separator to whatever may decode the path
				// again
				for (String part : segment.valueToMatch().replace('\\', '/').split("/")) {
					String name = part.strip();
					if (name.isEmpty() || name.equals(".")) {
						continue;
					}
					if (name.equals("..")) {
						if (!segments.isEmpty()) {
							segments.remove(segments.size() - 1);
						}
					}
					else {
						segments.add(name.toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return segments;
	}

	/** The normalised first segment, or "" for the root. */
	public static String firstSegment(ServerWebExchange exchange) {
		List<String> segments = segments(exchange);
		return segments.isEmpty() ? "" : segments.get(0);
	}

	/** Whether the request is for the admin API, however its path is spelled. */
	public static boolean isAdmin(ServerWebExchange exchange) {
		return firstSegment(exchange).equals("admin");
	}

}
