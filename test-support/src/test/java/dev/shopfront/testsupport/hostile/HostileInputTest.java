package dev.shopfront.testsupport.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The harness against a small server whose OpenAPI document it reads: it sends every
 * value class to every parameter and field, and it catches a server that fails on them.
 */
class HostileInputTest {

	private static final String API = """
			{"openapi": "3.1.0", "info": {"title": "things", "version": "1"},
			 "paths": {
			   "/things": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
			                        "responses": {"200": {"description": "ok"}}}},
			   "/things/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}},
			                                           {"name": "colour", "in": "query", "schema": {"type": "string", "pattern": "[a-z]{3,5}"}}],
			                            "responses": {"200": {"description": "ok"}}}}},
			 "components": {"schemas": {"Thing": {"type": "object", "required": ["name"],
			   "properties": {"name": {"type": "string", "maxLength": 20}, "code": {"type": "string", "pattern": "[A-Z]{3}"},
			                  "count": {"type": "integer", "minimum": 1}, "tags": {"type": "object", "additionalProperties": {"type": "string"}}}}}}}
			""";

	private HttpServer server;

	private String base;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.createContext("/v3/api-docs", (exchange) -> answer(exchange, 200, "application/json", API));
		this.server.createContext("/things", this::things);
		this.server.start();
		this.base = "http://localhost:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void generatesEveryValueClassForEveryParameterAndField() {
		List<Probe> probes = HostileRequests.of(ApiDescription.parse(API));

		List<String> what = probes.stream().map(Probe::what).toList();
		assertThat(what).contains("path id = NUL", "path id = 2^63", "path id = 5,000 chars", "path id = dot-dot-slash",
				"query colour = NUL", "query colour = lone surrogate", "body.name = NUL", "body.name = 100,000 chars",
				"body.count = text", "body.code = null", "body.tags with a NUL key", "body array nested 5,000 deep",
				"content type multipart/form-data", "method not offered", "encoded slash", "header of 20,000 chars");
		assertThat(probes).filteredOn((probe) -> probe.what().equals("body.name = NUL"))
			.singleElement()
			.satisfies((probe) -> assertThat(new String(probe.body(), StandardCharsets.UTF_8))
				.contains("\"name\":\"\\u0000\"")
				// The other fields stay valid, so only the hostile value can be refused.
				.containsPattern("\"code\":\"[A-Z]{3}\"")
				.contains("\"count\":1"));
	}

	@Test
	void catchesAServerThatFailsOnHostileInput() {
		HostileInputReport report = HostileInput.against(this.base).run();

		assertThat(report.sent()).isGreaterThan(100);
		assertThat(report.serverErrors()).isGreaterThan(0);
		assertThat(report.nonProblemErrors()).isGreaterThan(0);
		assertThat(report.failures()).anyMatch((failure) -> failure.contains("[body.name = NUL]")
				&& failure.contains("answered 500") && failure.contains("text/html"));
		assertThatThrownBy(report::assertNoFailures).isInstanceOf(AssertionError.class).hasMessageContaining("5xx");
	}

	/**
	 * Problem+json for everything, except a NUL in a body: an HTML 500, as Tomcat did.
	 */
	private void things(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (body.contains("\\u0000")) {
				answer(exchange, 500, "text/html", "<html>boom</html>");
			}
			else {
				answer(exchange, 400, "application/problem+json", "{\"status\":400}");
			}
		}
	}

	private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
