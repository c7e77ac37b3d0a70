package dev.shopfront.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * An OTLP/HTTP receiver on a free loopback port: every launched application exports its
 * spans here ({@code OTEL_EXPORTER_OTLP_ENDPOINT}), through the same exporter a real
 * collector would receive them from. Spans of every trace are kept; a {@link Scenario}
 * picks its own by trace id.
 */
final class TraceRecorder implements AutoCloseable {

	private final HttpServer server;

	private final List<RecordedSpan> spans = new CopyOnWriteArrayList<>();

	private TraceRecorder(HttpServer server) {
		this.server = server;
	}

	static TraceRecorder start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			TraceRecorder recorder = new TraceRecorder(server);
			server.createContext("/v1/traces", recorder::receive);
			server.setExecutor(Executors.newFixedThreadPool(2, (task) -> {
				Thread thread = new Thread(task, "otlp-receiver");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return recorder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The base URL, as {@code OTEL_EXPORTER_OTLP_ENDPOINT} names a collector. */
	String endpoint() {
		return "http://" + this.server.getAddress().getHostString() + ":" + this.server.getAddress().getPort();
	}

	/** Every span received so far with this trace id (lower-case hex). */
	List<RecordedSpan> spansOf(String traceId) {
		return this.spans.stream().filter((span) -> span.traceId().equals(traceId)).toList();
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange) {
			ExportTraceServiceRequest request;
			try (InputStream body = body(exchange)) {
				request = ExportTraceServiceRequest.parseFrom(body);
			}
			this.spans.addAll(spansOf(request));
			byte[] reply = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
			exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, reply.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(reply);
			}
		}
	}

	private static InputStream body(HttpExchange exchange) throws IOException {
		String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
		return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(exchange.getRequestBody())
				: exchange.getRequestBody();
	}

	static List<RecordedSpan> spansOf(ExportTraceServiceRequest request) {
		List<RecordedSpan> received = new ArrayList<>();
		for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
			String service = text(attributes(resourceSpans.getResource().getAttributesList()).get("service.name"));
			for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
				for (Span span : scopeSpans.getSpansList()) {
					Map<String, String> attributes = new LinkedHashMap<>();
					attributes(span.getAttributesList()).forEach((key, value) -> attributes.put(key, text(value)));
					received.add(new RecordedSpan(service, span.getName(), kind(span.getKind()), hex(span.getTraceId()),
							hex(span.getSpanId()), hex(span.getParentSpanId()), span.getStartTimeUnixNano(),
							span.getEndTimeUnixNano(), status(span), attributes));
				}
			}
		}
		return received;
	}

	private static Map<String, AnyValue> attributes(List<KeyValue> keyValues) {
		Map<String, AnyValue> attributes = new LinkedHashMap<>();
		keyValues.forEach((keyValue) -> attributes.put(keyValue.getKey(), keyValue.getValue()));
		return attributes;
	}

	private static String text(AnyValue value) {
		if (value == null) {
			return "";
		}
		return switch (value.getValueCase()) {
			case STRING_VALUE -> value.getStringValue();
			case BOOL_VALUE -> String.valueOf(value.getBoolValue());
			case INT_VALUE -> String.valueOf(value.getIntValue());
			case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
			default -> value.toString().strip();
		};
	}

	private static String kind(Span.SpanKind kind) {
		return switch (kind) {
			case SPAN_KIND_SERVER -> "SERVER";
			case SPAN_KIND_CLIENT -> "CLIENT";
			case SPAN_KIND_PRODUCER -> "PRODUCER";
			case SPAN_KIND_CONSUMER -> "CONSUMER";
			default -> "INTERNAL";
		};
	}

	private static String status(Span span) {
		return switch (span.getStatus().getCode()) {
			case STATUS_CODE_ERROR -> "ERROR";
			case STATUS_CODE_OK -> "OK";
			default -> "UNSET";
		};
	}

	private static String hex(ByteString bytes) {
		StringBuilder hex = new StringBuilder();
		for (byte b : bytes.toByteArray()) {
			hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
		}
		return hex.toString();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One span as an application exported it.
	 *
	 * @param service the exporting application ({@code service.name})
	 * @param name the span name
	 * @param kind SERVER, CLIENT, PRODUCER, CONSUMER or INTERNAL
	 * @param traceId the trace id, hex
	 * @param spanId the span id, hex
	 * @param parentSpanId the parent's span id, hex, empty for a root
	 * @param startNanos start, Unix epoch nanoseconds
	 * @param endNanos end, Unix epoch nanoseconds
	 * @param status OK, ERROR or UNSET
	 * @param attributes the span's attributes as text
	 */
	record RecordedSpan(String service, String name, String kind, String traceId, String spanId, String parentSpanId,
			long startNanos, long endNanos, String status, Map<String, String> attributes) {

	}

}
