package dev.shopfront.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The official Redis image, appending to its file as compose runs it.
 */
public class RedisContainerEngine extends ContainerEngine<GenericContainer<?>> {

	public RedisContainerEngine(String image) {
		super(Engine.REDIS, image);
	}

	@Override
	protected GenericContainer<?> create(DockerImageName image) {
		return new GenericContainer<>(image).withExposedPorts(Engine.REDIS.standardPort())
			.withCommand("redis-server", "--appendonly", "yes")
			.waitingFor(Wait.forLogMessage(".*Ready to accept connections.*", 1));
	}

	@Override
	protected boolean answers() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host(), port()), 1000);
			socket.setSoTimeout(1000);
			socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			byte[] reply = in.readNBytes(5);
			return "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
		}
		catch (IOException notYet) {
			return false;
		}
	}

	@Override
	public Map<String, String> environment() {
		return Map.of("REDIS_HOST", host(), "REDIS_PORT", String.valueOf(port()));
	}

}
