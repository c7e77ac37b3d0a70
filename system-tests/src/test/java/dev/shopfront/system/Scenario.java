package dev.shopfront.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.shopfront.system.TraceRecorder.RecordedSpan;

/**
 * One recorded user journey: while it is open, every request the tests send carries a W3C
 * {@code traceparent} with the scenario's own trace id, as a browser that traces would.
 * Every span the applications export for those requests, and for the Kafka events they
 * cause, shares that trace id. On close the spans are written to
 * {@code system-tests/target/traces/<name>.json}, the file the docs module draws the
 * scenario's sequence diagram from ({@code make traces} copies them to docs/traces).
 */
final class Scenario implements AutoCloseable {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final HexFormat HEX = HexFormat.of();

	/** How long no new span must arrive before the scenario's spans count as complete. */
	private static final long QUIET_MILLIS = 1500;

	private static final long SETTLE_AT_MOST_MILLIS = 15_000;

	private static volatile Scenario current;

	private final String name;

	private final String title;

	private final TraceRecorder recorder;

	private final Path file;

	private final String traceId = randomHex(16);

	private Scenario(String name, String title, TraceRecorder recorder, Path file) {
		this.name = name;
		this.title = title;
		this.recorder = recorder;
		this.file = file;
	}

	static Scenario open(String name, String title, TraceRecorder recorder, Path directory) {
		Scenario scenario = new Scenario(name, title, recorder, directory.resolve(name + ".json"));
		current = scenario;
		return scenario;
	}

	/**
	 * The headers every request of the open scenario carries: a new span id each time.
	 */
	static Map<String, String> headers() {
		Scenario scenario = current;
		return (scenario != null) ? Map.of("traceparent", "00-" + scenario.traceId + "-" + randomHex(8) + "-01")
				: Map.of();
	}

	String traceId() {
		return this.traceId;
	}

	/** The spans received so far, in the order they started. */
	List<RecordedSpan> spans() {
		return this.recorder.spansOf(this.traceId)
			.stream()
			.sorted(Comparator.comparingLong(RecordedSpan::startNanos))
			.toList();
	}

	/**
	 * The services a span's request passed through, from the trace's root to the span,
	 * e.g. {@code gateway > basket-service > product-service}.
	 */
	String pathOf(RecordedSpan span) {
		Map<String, RecordedSpan> byId = new HashMap<>();
		this.recorder.spansOf(this.traceId).forEach((each) -> byId.put(each.spanId(), each));
		List<String> services = new ArrayList<>();
		for (RecordedSpan at = span; at != null; at = byId.get(at.parentSpanId())) {
			if (services.isEmpty() || !services.get(0).equals(at.service())) {
				services.add(0, at.service());
			}
		}
		return String.join(" > ", services);
	}

	/**
	 * The services and topics the scenario's Kafka consumers processed, "service <-
	 * topic".
	 */
	List<String> consumed() {
		return spans().stream()
			.filter((span) -> span.kind().equals("CONSUMER"))
			.map((span) -> span.service() + " <- " + span.attributes().get("messaging.source.name"))
			.distinct()
			.sorted()
			.toList();
	}

	/** The paths of the spans that serve an RPC ({@code rpc.service}). */
	List<String> grpcPaths() {
		return spans().stream()
			.filter((span) -> span.kind().equals("SERVER") && span.attributes().containsKey("rpc.service"))
			.map((span) -> pathOf(span) + " " + span.attributes().get("rpc.method"))
			.distinct()
			.sorted()
			.toList();
	}

	/** Spans whose parent is not in the trace: the requests the test sent. */
	List<RecordedSpan> roots() {
		Set<String> ids = new HashSet<>();
		List<RecordedSpan> spans = spans();
		spans.forEach((span) -> ids.add(span.spanId()));
		return spans.stream().filter((span) -> !ids.contains(span.parentSpanId())).toList();
	}

	@Override
	public void close() {
		if (current == this) {
			current = null;
		}
		write(settled());
	}

	/**
	 * The spans once the trace stops growing: applications export in batches, so the last
	 * requests' spans arrive a little after their answers.
	 */
	List<RecordedSpan> settled() {
		long deadline = System.currentTimeMillis() + SETTLE_AT_MOST_MILLIS;
		int count = -1;
		long quietSince = System.currentTimeMillis();
		while (System.currentTimeMillis() < deadline) {
			int now = this.recorder.spansOf(this.traceId).size();
			if (now != count) {
				count = now;
				quietSince = System.currentTimeMillis();
			}
			else if (System.currentTimeMillis() - quietSince >= QUIET_MILLIS) {
				break;
			}
			sleep(100);
		}
		return spans();
	}

	private void write(List<RecordedSpan> spans) {
		Map<String, String> ids = new HashMap<>();
		spans.forEach((span) -> ids.put(span.spanId(), String.valueOf(ids.size() + 1)));
		long origin = spans.isEmpty() ? 0 : spans.get(0).startNanos();
		List<Map<String, Object>> written = new ArrayList<>();
		for (RecordedSpan span : spans) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", ids.get(span.spanId()));
			entry.put("parent", ids.get(span.parentSpanId()));
			// Microseconds since the scenario's first span: the order of calls and
			// returns.
			entry.put("start_us", (span.startNanos() - origin) / 1000);
			entry.put("end_us", (span.endNanos() - origin) / 1000);
			entry.put("service", span.service());
			entry.put("name", span.name());
			entry.put("kind", span.kind());
			entry.put("status", span.status());
			entry.put("attributes", new TreeMap<>(SpanAttributes.kept(span.attributes())));
			written.add(entry);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("scenario", this.name);
		document.put("title", this.title);
		document.put("spans", written);
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file,
					JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(document)
							+ "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HEX.formatHex(random);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
