package dev.shopfront.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hostile request: what it tries, and the request as it goes on the wire (the target
 * is sent exactly as written, so invalid encodings reach the server).
 *
 * @param what a short description for the report, such as {@code body.name = NUL}
 * @param method the HTTP method
 * @param target the request target, path and query, already percent-encoded (or not)
 * @param headers extra request headers
 * @param body the body bytes, or {@code null} for none
 */
record Probe(String what, String method, String target, Map<String, String> headers, byte[] body) {

	static Probe of(String what, String method, String target) {
		return new Probe(what, method, target, Map.of(), null);
	}

	static Probe withBody(String what, String method, String target, String contentType, String body) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		return new Probe(what, method, target, headers, body.getBytes(StandardCharsets.UTF_8));
	}

	Probe withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new Probe(this.what, this.method, this.target, headers, this.body);
	}

	@Override
	public String toString() {
		String target = (this.target.length() > 80) ? this.target.substring(0, 80) + "..." : this.target;
		return "%s %s [%s]".formatted(this.method, target, this.what);
	}

}
