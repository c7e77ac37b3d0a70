package dev.shopfront.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that client libraries would normalise or
 * refuse: raw paths (percent-encoded letters, dot segments, double slashes), over-long
 * request lines, chunked bodies.
 */
final class RawHttp {

	private RawHttp() {
	}

	record Reply(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	static Reply get(int port, String target, String... headerLines) {
		return send(port, "GET " + target + " HTTP/1.1", List.of(headerLines), List.of());
	}

	/** Sends the body as chunks of the given sizes (Transfer-Encoding: chunked). */
	static Reply postChunked(int port, String target, List<Integer> chunkSizes, String... headerLines) {
		List<String> headers = new java.util.ArrayList<>(List.of(headerLines));
		headers.add("Transfer-Encoding: chunked");
		headers.add("Content-Type: application/json");
		return send(port, "POST " + target + " HTTP/1.1", headers, chunkSizes);
	}

	private static Reply send(int port, String requestLine, List<String> headers, List<Integer> chunkSizes) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
			headers.forEach((line) -> head.append(line).append("\r\n"));
			out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			try {
				if (!chunkSizes.isEmpty()) {
					for (int size : chunkSizes) {
						out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
						out.write("x".repeat(size).getBytes(StandardCharsets.ISO_8859_1));
						out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
						out.flush();
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				out.flush();
			}
			catch (IOException ex) {
				// the server may answer and close before the whole body is sent
			}
			return parse(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Reply parse(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		try {
			in.transferTo(all);
		}
		catch (IOException ex) {
			// a reset after the answer still leaves the answer
		}
		String text = all.toString(StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IOException("no complete answer: '" + text + "'");
		}
		String[] lines = text.substring(0, end).split("\r\n");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).strip());
		}
		String body = text.substring(end + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			StringBuilder joined = new StringBuilder();
			int at = 0;
			while (true) {
				int lineEnd = body.indexOf("\r\n", at);
				int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
				if (size == 0) {
					break;
				}
				joined.append(body, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
			body = joined.toString();
		}
		return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers,
				new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
	}

}
