package dev.shopfront.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, one connection per request: the request target and
 * headers go out exactly as given, which an HTTP client library would refuse or re-encode
 * (a {@code %ZZ} path, an unknown method).
 */
final class RawHttp {

	private final String host;

	private final int port;

	private final int timeoutMillis;

	RawHttp(String host, int port, int timeoutMillis) {
		this.host = host;
		this.port = port;
		this.timeoutMillis = timeoutMillis;
	}

	Answer send(Probe probe) {
		long start = System.nanoTime();
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), this.timeoutMillis);
			socket.setSoTimeout(this.timeoutMillis);
			StringBuilder head = new StringBuilder();
			head.append(probe.method()).append(' ').append(probe.target()).append(" HTTP/1.1\r\n");
			head.append("Host: ").append(this.host).append(':').append(this.port).append("\r\n");
			head.append("Accept: application/json, application/problem+json\r\n");
			head.append("Connection: close\r\n");
			probe.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (probe.body() != null) {
				head.append("Content-Length: ").append(probe.body().length).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			if (probe.body() != null) {
				out.write(probe.body());
			}
			out.flush();
			byte[] response = readAll(socket.getInputStream());
			return Answer.parse(response, (System.nanoTime() - start) / 1_000_000);
		}
		catch (SocketTimeoutException ex) {
			return new Answer(0, null, 0, (System.nanoTime() - start) / 1_000_000, "no answer: " + ex.getMessage(), "");
		}
		catch (IOException ex) {
			return new Answer(0, null, 0, (System.nanoTime() - start) / 1_000_000, "connection failed: " + ex, "");
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				bytes.write(buffer, 0, read);
			}
		}
		catch (java.net.SocketException ex) {
			// A server may reset the connection after its answer when the request body
			// was
			// left unread; what arrived before the reset is the answer.
			if (bytes.size() == 0) {
				throw ex;
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * What came back.
	 *
	 * @param status the status code, 0 when there was no answer
	 * @param contentType the Content-Type header, or {@code null}
	 * @param bodyLength the number of body bytes after the headers
	 * @param millis how long the request took
	 * @param problem why there was no readable answer, or {@code null}
	 * @param preview the start of the body, for the report
	 */
	record Answer(int status, String contentType, int bodyLength, long millis, String problem, String preview) {

		static Answer parse(byte[] response, long millis) {
			String text = new String(response, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			if (!text.startsWith("HTTP/1.") || text.length() < 12) {
				return new Answer(0, null, 0, millis,
						"not an HTTP answer: " + text.substring(0, Math.min(60, text.length())), "");
			}
			int status = Integer.parseInt(text.substring(9, 12));
			String contentType = null;
			String head = (end >= 0) ? text.substring(0, end) : text;
			for (String line : head.split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
					contentType = line.substring("content-type:".length()).trim();
				}
			}
			int bodyLength = (end >= 0) ? text.length() - end - 4 : 0;
			String preview = (end >= 0) ? text.substring(end + 4, Math.min(text.length(), end + 4 + 300)) : "";
			return new Answer(status, contentType, bodyLength, millis, null, preview);
		}

		boolean isProblemJson() {
			return this.contentType != null
					&& this.contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")
					&& this.bodyLength > 0;
		}

	}

}
