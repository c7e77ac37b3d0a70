package dev.shopfront.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Port checks shared by the engines and the launcher.
 */
public final class Ports {

	private static final int LOWEST = 10_000;

	private static final int EPHEMERAL_LOW = ephemeralLow();

	private static final Random RANDOM = new Random();

	private Ports() {
	}

	/**
	 * A port nothing listens on, from below the kernel's ephemeral range. A port is often
	 * planned long before its server binds it (the system tests plan every application's
	 * ports up front); an ephemeral port could meanwhile become the local end of some
	 * outgoing connection, and the server would find it taken.
	 */
	public static int free() {
		if (EPHEMERAL_LOW - LOWEST > 1000) {
			for (int attempt = 0; attempt < 100; attempt++) {
				int candidate = LOWEST + RANDOM.nextInt(EPHEMERAL_LOW - LOWEST);
				if (bindable(candidate)) {
					return candidate;
				}
			}
		}
		return anyFree();
	}

	public static int freeIfZero(int port) {
		return (port != 0) ? port : free();
	}

	/** True when something accepts connections on the port (on loopback). */
	public static boolean inUse(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Linux's first ephemeral port; elsewhere the IANA range's. */
	static int ephemeralLow() {
		try {
			// readAllLines, not readString: procfs reports a size of 0 and readString
			// stops short.
			String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
			return Integer.parseInt(range.split("\\s+")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return 49_152;
		}
	}

	private static boolean bindable(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int anyFree() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on loopback", ex);
		}
	}

}
