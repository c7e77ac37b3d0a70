package dev.shopfront.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToLongFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.shopfront.localstack.Ports;

/**
 * A real HTTP backend on a local port: answers every path with its own name, remembers
 * what it was asked, and can be made slow, failing or stopped.
 */
final class StubBackend {

	static {
		// Without TCP_NODELAY the JDK server's separate header and body writes meet the
		// client's delayed ACK: every keep-alive request would wait ~40 ms.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	final String name;

	final int port;

	final AtomicInteger hits = new AtomicInteger();

	final List<String> paths = new CopyOnWriteArrayList<>();

	final List<String> requestIds = new CopyOnWriteArrayList<>();

	/** The W3C traceparent header of each request (not of health checks). */
	final List<String> traceParents = new CopyOnWriteArrayList<>();

	final AtomicInteger healthChecks = new AtomicInteger();

	final List<Integer> bodySizes = new CopyOnWriteArrayList<>();

	volatile int status = 200;

	/** How long the n-th health check waits before it answers. */
	volatile IntToLongFunction healthDelayMs = (n) -> 0;

	volatile long delayMs;

	private HttpServer server;

	StubBackend(String name) {
		this.name = name;
		this.port = Ports.free();
		start();
	}

	String url() {
		return "http://localhost:" + this.port;
	}

	synchronized void start() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("localhost", this.port), 100);
			this.server.setExecutor(Executors.newFixedThreadPool(16));
			this.server.createContext("/", this::handle);
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void stop() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		int status = 200;
		if (path.startsWith("/health")) {
			pause(this.healthDelayMs.applyAsLong(this.healthChecks.incrementAndGet()));
		}
		else {
			this.hits.incrementAndGet();
			this.paths.add(path);
			String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
			if (requestId != null) {
				this.requestIds.add(requestId);
			}
			String traceParent = exchange.getRequestHeaders().getFirst("traceparent");
			if (traceParent != null) {
				this.traceParents.add(traceParent);
			}
			// like the real services, answer only once the whole body is in
			this.bodySizes.add(exchange.getRequestBody().readAllBytes().length);
			status = this.status;
			pause(this.delayMs);
		}
		byte[] body = ("{\"backend\":\"" + this.name + "\",\"status\":" + status + "}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
		if (requestId != null) {
			// The real services echo it as well.
			exchange.getResponseHeaders().set("X-Request-Id", requestId);
		}
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void pause(long millis) {
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
