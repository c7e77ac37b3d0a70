package dev.shopfront.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a real port: what Tomcat refuses before Spring MVC runs, and what reaches the
 * container's error page, answers problem+json too; and anonymous /health shows no
 * details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.grpc.server.port=0", "management.health.kafka.enabled=false" })
class ContainerErrorsTest {

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /widgets/a%2Fb, 400", "GET, /widgets/%00, 400", "GET, /widgets/%ZZ, 400",
			"GET, /widgets/%ED%A0%80, 400", "TRACE, /widgets, 405" })
	void containerRefusalsAreProblems(String method, String target, int status) throws IOException {
		String answer = send(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 " + status);
		assertThat(header(answer, "content-type")).startsWith("application/problem+json");
		assertThat(body(answer)).contains("\"status\":" + status).doesNotContain("<html");
	}

	@Test
	void overLongHeaderIsAProblem() throws IOException {
		String answer = send("GET /widgets HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "h".repeat(20_000)
				+ "\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 4");
		assertThat(header(answer, "content-type")).startsWith("application/problem+json");
	}

	@Test
	void anonymousHealthShowsTheStatusWithoutDetails() throws IOException {
		String answer = send("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 200");
		assertThat(body(answer)).contains("\"status\":\"UP\"")
			.doesNotContain("components")
			.doesNotContain("details")
			.doesNotContain("diskSpace");
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String header(String answer, String name) {
		for (String line : answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n")) {
			if (line.toLowerCase().startsWith(name + ":")) {
				return line.substring(name.length() + 1).trim();
			}
		}
		return "";
	}

	private static String body(String answer) {
		return answer.substring(answer.indexOf("\r\n\r\n") + 4);
	}

}
