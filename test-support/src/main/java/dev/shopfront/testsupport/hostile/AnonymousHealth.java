package dev.shopfront.testsupport.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What an anonymous caller learns from {@code /health}: the status, and nothing of the
 * components behind it (disk paths, cluster ids, backends).
 */
public final class AnonymousHealth {

	private AnonymousHealth() {
	}

	/** Fails unless {@code GET /health} answers 200 with the status and no details. */
	public static void assertStatusOnly(String baseUrl) throws IOException, InterruptedException {
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		String body = health.body();
		if (health.statusCode() != 200 || !body.contains("\"status\":\"UP\"") || body.contains("components")
				|| body.contains("details")) {
			throw new AssertionError(
					"anonymous /health must show the status only, got " + health.statusCode() + ": " + body);
		}
	}

}
