package dev.shopfront.testsupport.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

import io.swagger.v3.oas.models.media.Schema;

import dev.shopfront.testsupport.hostile.ApiDescription.ApiOperation;
import dev.shopfront.testsupport.hostile.ApiDescription.ApiParameter;

/**
 * The hostile requests for every operation of a service: each path and query parameter
 * and each body field in turn takes every hostile value of its kind while the rest of the
 * request stays valid; bodies that are not JSON or nest 5,000 deep; odd content types;
 * the methods a path does not offer; and requests the servlet container refuses before
 * the application sees them.
 */
final class HostileRequests {

	static final int LONG_ID = 5_000;

	static final int LONG_STRING = 100_000;

	static final int DEEP = 5_000;

	/** Path and query values as they go on the wire (already percent-encoded). */
	static final Map<String, String> PARAMETER_VALUES = values("-1", "-1", "abc", "abc", "NUL", "%00", "NUL inside",
			"a%00b", "5,000 chars", "9".repeat(LONG_ID), "2^63", "9223372036854775808", "dot-dot-slash", "..%2F..",
			"lone surrogate", "%ED%A0%80", "invalid UTF-8", "%FF%FE", "empty", "", "zero", "0", "1e400", "1e400",
			"space", "%20");

	/** Body field values as JSON fragments. */
	static final Map<String, String> FIELD_VALUES = values("null", "null", "NUL", "\"\\u0000\"", "NUL inside",
			"\"a\\u0000b\"", "lone high surrogate", "\"\\ud800\"", "lone low surrogate", "\"x\\udfff\"",
			"100,000 chars", "\"" + "x".repeat(LONG_STRING) + "\"", "number", "123", "text", "\"abc\"", "boolean",
			"true", "array", "[]", "object", "{}", "-1", "-1", "2^63", "9223372036854775808", "1e400", "1e400",
			"fraction", "0.0000000001", "nested 5,000 deep", "[".repeat(DEEP) + "]".repeat(DEEP));

	/** Whole bodies sent as application/json. */
	static final Map<String, String> BODIES = values("empty", "", "not JSON", "not json", "truncated", "{\"a\":",
			"array", "[]", "string", "\"x\"", "number", "1", "null", "null", "array nested 5,000 deep",
			"[".repeat(DEEP) + "]".repeat(DEEP), "object nested 5,000 deep",
			"{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP), "NUL key", "{\"\\u0000\":1}", "duplicate keys",
			"{\"a\":1,\"a\":2}", "100,000-char key", "{\"" + "k".repeat(LONG_STRING) + "\":1}");

	/** Content types sent with an otherwise valid body. */
	static final List<String> CONTENT_TYPES = List.of("multipart/form-data", "multipart/form-data; boundary=x",
			"text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream",
			"application/json; charset=bogus", "garbage", "*/*", "application/json; charset=UTF-16");

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "TRACE");

	private HostileRequests() {
	}

	static List<Probe> of(ApiDescription api) {
		SampleValues samples = new SampleValues(api);
		List<Probe> probes = new ArrayList<>();
		Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
		for (ApiOperation operation : api.operations()) {
			methodsByPath.computeIfAbsent(operation.path(), (path) -> new TreeSet<>()).add(operation.method());
			probes.addAll(forOperation(operation, samples));
		}
		methodsByPath.forEach((path, methods) -> {
			String target = target(path, Map.of(), samples,
					api.operations()
						.stream()
						.filter((operation) -> operation.path().equals(path))
						.findFirst()
						.orElseThrow());
			METHODS.stream()
				.filter((method) -> !methods.contains(method))
				.forEach((method) -> probes
					.add(Probe.withBody("method not offered", method, target, "application/json", "{}")));
		});
		probes.addAll(containerLevel(methodsByPath.keySet().iterator().next()));
		return probes;
	}

	/** One ordinary request per operation, to warm the service up before measuring. */
	static List<Probe> warmUps(ApiDescription api) {
		SampleValues samples = new SampleValues(api);
		return api.operations().stream().map((operation) -> {
			String target = target(operation.path(), Map.of(), samples, operation);
			return send(operation, target, "warm-up", "application/json",
					(operation.body() != null) ? samples.json(operation.body(), 0) : null);
		}).toList();
	}

	private static List<Probe> forOperation(ApiOperation operation, SampleValues samples) {
		List<Probe> probes = new ArrayList<>();
		String validBody = (operation.body() != null) ? samples.json(operation.body(), 0) : null;
		for (ApiParameter parameter : operation.parameters()) {
			if (!"path".equals(parameter.in()) && !"query".equals(parameter.in())) {
				continue;
			}
			PARAMETER_VALUES.forEach((name, value) -> probes.add(send(operation,
					target(operation.path(), Map.of(parameter.name(), value), samples, operation),
					"%s %s = %s".formatted(parameter.in(), parameter.name(), name), "application/json", validBody)));
		}
		if (operation.body() == null) {
			return probes;
		}
		String target = target(operation.path(), Map.of(), samples, operation);
		BODIES.forEach((name, body) -> probes.add(send(operation, target, "body " + name, "application/json", body)));
		Map<String, Schema<?>> fields = operation.api().properties(operation.body());
		fields.forEach((field, schema) -> {
			FIELD_VALUES.forEach((name, value) -> probes.add(send(operation, target,
					"body.%s = %s".formatted(field, name), "application/json", body(fields, field, value, samples))));
			probes.add(send(operation, target, "body.%s missing".formatted(field), "application/json",
					body(fields, field, null, samples)));
			if ("object".equals(ApiDescription.typeOf(schema)) && schema.getProperties() == null) {
				probes.add(send(operation, target, "body.%s with a NUL key".formatted(field), "application/json",
						body(fields, field, "{\"\\u0000\":\"v\"}", samples)));
				probes.add(send(operation, target, "body.%s with a NUL value".formatted(field), "application/json",
						body(fields, field, "{\"k\":\"\\u0000\"}", samples)));
			}
		});
		CONTENT_TYPES.forEach((contentType) -> probes
			.add(send(operation, target, "content type " + contentType, contentType, validBody)));
		probes.add(new Probe("no content type", operation.method(), target, Map.of(),
				validBody.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		return probes;
	}

	private static Probe send(ApiOperation operation, String target, String what, String contentType, String body) {
		if (body == null) {
			return Probe.of(what, operation.method(), target);
		}
		return Probe.withBody(what, operation.method(), target, contentType, body);
	}

	private static String body(Map<String, Schema<?>> fields, String hostileField, String hostileValue,
			SampleValues samples) {
		StringJoiner json = new StringJoiner(",", "{", "}");
		fields.forEach((field, schema) -> {
			if (!field.equals(hostileField)) {
				json.add(SampleValues.quoted(field) + ":" + samples.json(schema, 1));
			}
			else if (hostileValue != null) {
				json.add(SampleValues.quoted(field) + ":" + hostileValue);
			}
		});
		return json.toString();
	}

	/** The path with its parameters filled in, and every required query parameter. */
	private static String target(String template, Map<String, String> hostile, SampleValues samples,
			ApiOperation operation) {
		String path = template;
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		for (ApiParameter parameter : operation.parameters()) {
			String value = hostile.containsKey(parameter.name()) ? hostile.get(parameter.name())
					: samples.text(parameter.schema());
			if ("path".equals(parameter.in())) {
				path = path.replace("{" + parameter.name() + "}", value);
			}
			else if ("query".equals(parameter.in())
					&& (parameter.required() || hostile.containsKey(parameter.name()))) {
				query.add(parameter.name() + "=" + value);
			}
		}
		return path + query;
	}

	/** What the servlet container refuses before Spring MVC sees the request. */
	private static List<Probe> containerLevel(String somePath) {
		String prefix = somePath.replaceAll("/\\{.*$", "");
		return List.of(Probe.of("NUL in the path", "GET", prefix + "/%00"),
				Probe.of("encoded slash", "GET", prefix + "/a%2Fb"),
				Probe.of("encoded backslash", "GET", prefix + "/a%5Cb"),
				Probe.of("dot-dot", "GET", prefix + "/%2e%2e/%2e%2e/etc/passwd"),
				Probe.of("bad percent-encoding", "GET", prefix + "/%ZZ"),
				Probe.of("bad percent-encoding in the query", "GET", prefix + "?page=%ZZ"),
				Probe.of("path parameter", "GET", prefix + ";jsessionid=1"),
				Probe.of("path of 10,000 chars", "GET", prefix + "/" + "a".repeat(10_000)),
				Probe.of("path of 100,000 chars", "GET", prefix + "/" + "a".repeat(100_000)),
				Probe.of("header of 20,000 chars", "GET", prefix).withHeader("X-Probe", "h".repeat(20_000)),
				Probe.of("request id of 5,000 chars", "GET", prefix).withHeader("X-Request-Id", "r".repeat(5_000)),
				Probe.of("unknown path", "GET", "/no-such-path"), Probe.of("root", "GET", "/"),
				Probe.of("unknown method", "BREW", prefix),
				Probe.of("absolute-form target", "GET", "http://x" + prefix));
	}

	private static Map<String, String> values(String... namesAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return values;
	}

}
