package dev.shopfront.testsupport.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnonymousHealthTest {

	private HttpServer server;

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private String serving(String body) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.createContext("/health", (exchange) -> {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		this.server.start();
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	@Test
	void acceptsTheStatusAlone() throws IOException {
		String url = serving("{\"status\":\"UP\"}");

		assertThatCode(() -> AnonymousHealth.assertStatusOnly(url)).doesNotThrowAnyException();
	}

	@Test
	void refusesComponentsAndTheirDetails() throws IOException {
		String url = serving("{\"status\":\"UP\",\"components\":{\"diskSpace\":{\"details\":{\"path\":\"/srv\"}}}}");

		assertThatThrownBy(() -> AnonymousHealth.assertStatusOnly(url)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("diskSpace");
	}

}
