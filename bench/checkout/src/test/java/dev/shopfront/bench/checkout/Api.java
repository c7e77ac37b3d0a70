package dev.shopfront.bench.checkout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain HTTP calls outside the load: preparing the catalogue, reading metrics and
 * checking the invariants afterwards.
 */
final class Api {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	record Reply(int status, String text) {

		JsonNode json() {
			try {
				return JSON.readTree(this.text);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Not JSON: " + this.text, ex);
			}
		}

	}

	Reply get(String url) {
		return get(url, null);
	}

	Reply get(String url, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
		if (bearer != null && !bearer.isEmpty()) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(request.build());
	}

	Reply post(String url, String json) {
		return post(url, json, Duration.ofSeconds(10));
	}

	Reply post(String url, String json, Duration timeout) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			return new Reply(0, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The sum of a Prometheus counter or gauge over the series whose labels contain
	 * {@code labelFilter} (empty: all), from a {@code /metrics} page.
	 */
	static double metric(String page, String name, String labelFilter) {
		double sum = 0;
		for (String line : page.split("\n")) {
			if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
				if (labelFilter.isEmpty() || line.contains(labelFilter)) {
					sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
		}
		return sum;
	}

}
