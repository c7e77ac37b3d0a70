package dev.shopfront.testsupport.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A hostile-input run generated from a service's own OpenAPI document: every operation,
 * every path and query parameter and body field with the value classes of issue 14, plus
 * malformed bodies, odd content types, methods a path does not offer and requests the
 * servlet container refuses. A run fails on any 5xx (or no answer), any error answer that
 * is not {@code application/problem+json}, and any answer slower than two seconds.
 *
 * <pre>
 * HostileInputReport report = HostileInput.against("http://localhost:" + port).run();
 * report.assertNoFailures();
 * </pre>
 */
public final class HostileInput {

	/** The slowest answer the run accepts. */
	public static final Duration MAX_ANSWER_TIME = Duration.ofSeconds(2);

	private final URI base;

	private final String apiDocsUri;

	private final String pathPrefix;

	private HostileInput(URI base, String apiDocsUri, String pathPrefix) {
		this.base = base;
		this.apiDocsUri = apiDocsUri;
		this.pathPrefix = pathPrefix;
	}

	/** A run against a service whose document is at {@code /v3/api-docs}. */
	public static HostileInput against(String baseUrl) {
		return new HostileInput(URI.create(baseUrl), baseUrl + "/v3/api-docs", "");
	}

	/**
	 * A run through a proxy (the gateway): the operations come from a service's document
	 * but are sent to {@code proxyUrl}, each path behind {@code pathPrefix} (such as
	 * {@code /api}).
	 */
	public static HostileInput through(String proxyUrl, String apiDocsUri, String pathPrefix) {
		return new HostileInput(URI.create(proxyUrl), apiDocsUri, pathPrefix);
	}

	public HostileInputReport run() {
		ApiDescription api = ApiDescription.parse(fetch(this.apiDocsUri));
		List<Probe> probes = HostileRequests.of(api).stream().map(this::behindPrefix).toList();
		RawHttp http = new RawHttp(this.base.getHost(), this.base.getPort(), 10_000);
		HostileInputReport report = new HostileInputReport(this.base.toString(), MAX_ANSWER_TIME.toMillis());
		// The first call of each code path loads classes and fills pools; measured are
		// the
		// answers of a warm service, as clients meet it once it is up.
		for (Probe warmUp : HostileRequests.warmUps(api)) {
			http.send(behindPrefix(warmUp));
		}
		boolean verbose = Boolean.getBoolean("hostile.verbose");
		for (Probe probe : probes) {
			RawHttp.Answer answer = http.send(probe);
			if (verbose) {
				System.out.printf("%d %s %dms %s -> %s%n", answer.status(), answer.contentType(), answer.millis(),
						probe, answer.preview().replace("\r\n", " "));
			}
			report.record(probe, answer);
		}
		System.out.println(report.summary());
		return report;
	}

	private Probe behindPrefix(Probe probe) {
		if (this.pathPrefix.isEmpty() || !probe.target().startsWith("/")) {
			return probe;
		}
		return new Probe(probe.what(), probe.method(), this.pathPrefix + probe.target(), probe.headers(), probe.body());
	}

	private static String fetch(String uri) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET %s answered %d".formatted(uri, response.statusCode()));
			}
			return response.body();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("GET %s failed: %s".formatted(uri, ex), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + uri, ex);
		}
	}

}
