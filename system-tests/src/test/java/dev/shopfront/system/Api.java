package dev.shopfront.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP/1.1 JSON client, as a shop's front end would use the gateway.
 */
final class Api {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final String baseUrl;

	private final Supplier<Map<String, String>> everyRequest;

	Api(String baseUrl) {
		this(baseUrl, Map::of);
	}

	/**
	 * A client that adds {@code everyRequest}'s headers to each request, e.g. an API key
	 * of its own.
	 */
	Api(String baseUrl, Supplier<Map<String, String>> everyRequest) {
		this.baseUrl = baseUrl;
		this.everyRequest = everyRequest;
	}

	Reply get(String path) {
		return send(request(path).GET());
	}

	Reply get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = request(path).GET();
		headers.forEach(request::header);
		return send(request);
	}

	Reply post(String path, String json) {
		return post(path, json, Map.of());
	}

	Reply post(String path, String json, Map<String, String> headers) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(request::header);
		return send(request);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		this.everyRequest.get().forEach(request::header);
		return request;
	}

	private static Reply send(HttpRequest.Builder request) {
		try {
			long started = System.nanoTime();
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			JsonNode body = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body,
					took);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One response.
	 *
	 * @param status the HTTP status
	 * @param contentType its Content-Type
	 * @param body the parsed JSON body (a missing node when empty)
	 * @param took how long it took
	 */
	record Reply(int status, String contentType, JsonNode body, Duration took) {

		String text(String field) {
			return this.body.path(field).asString();
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
