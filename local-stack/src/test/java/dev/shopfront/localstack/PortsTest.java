package dev.shopfront.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

	@RepeatedTest(20)
	void aFreePortIsBindableAndBelowTheEphemeralRange() throws IOException {
		int port = Ports.free();

		assertThat(port).isBetween(10_000, Ports.ephemeralLow() - 1);
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

}
