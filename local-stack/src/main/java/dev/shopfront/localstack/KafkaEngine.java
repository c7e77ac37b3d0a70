package dev.shopfront.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A single-node KRaft Kafka broker (combined broker and controller) run as a child JVM
 * from the Kafka classes on this classpath. A separate process can be stopped and started
 * again on the same port with the same logs, which is what fault tests need, and it never
 * shares the test JVM's heap or threads. Broker output goes to {@code kafka.log} in the
 * data directory.
 */
public class KafkaEngine implements KafkaBroker {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final EngineSettings settings;

	private int port;

	private int controllerPort;

	private Process process;

	public KafkaEngine(EngineSettings settings) {
		this.settings = settings;
		this.port = settings.port();
	}

	@Override
	public Engine engine() {
		return Engine.KAFKA;
	}

	@Override
	public synchronized void start() {
		if (this.process != null) {
			return;
		}
		this.port = Ports.freeIfZero(this.port);
		if (this.controllerPort == 0) {
			this.controllerPort = Ports.free();
		}
		try {
			Path root = Files.createDirectories(this.settings.dataDirectory().toAbsolutePath());
			Path config = writeConfig(root);
			if (!Files.exists(root.resolve("logs").resolve("meta.properties"))) {
				formatStorage(root, config);
			}
			this.process = java(root, "kafka.Kafka", config.toString()).start();
			awaitReady();
		}
		catch (IOException ex) {
			stop();
			throw new EngineStartException("Kafka did not start on port %d: %s".formatted(this.port, ex.getMessage()),
					ex);
		}
	}

	private Path writeConfig(Path root) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		properties.setProperty("controller.quorum.bootstrap.servers", "localhost:" + this.controllerPort);
		properties.setProperty("listeners",
				"PLAINTEXT://localhost:%d,CONTROLLER://localhost:%d".formatted(this.port, this.controllerPort));
		properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + this.port);
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
		properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.setProperty("log.dirs", root.resolve("logs").toString());
		properties.setProperty("num.partitions", "3");
		properties.setProperty("auto.create.topics.enable", "true");
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("offsets.topic.num.partitions", "3");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
		properties.setProperty("share.coordinator.state.topic.min.isr", "1");
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		Path config = root.resolve("server.properties");
		try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
			properties.store(out, "Written by Shopfront local-stack");
		}
		return config;
	}

	private void formatStorage(Path root, Path config) throws IOException {
		String clusterId = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
		Process format = java(root, "kafka.tools.StorageTool", "format", "--standalone", "-t", clusterId, "-c",
				config.toString())
			.start();
		try {
			if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
				format.destroyForcibly();
				throw new EngineStartException(
						"Kafka storage format failed; see " + root.resolve("kafka.log") + " for its output");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EngineStartException("Interrupted while formatting Kafka storage", ex);
		}
	}

	private ProcessBuilder java(Path root, String mainClass, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xms128m");
		command.add("-Xmx512m");
		command.add("-XX:+UseSerialGC");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Dlog4j2.level=WARN");
		command.add("-cp");
		command.add(classpath());
		command.add(mainClass);
		command.addAll(List.of(args));
		File log = root.resolve("kafka.log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
	}

	// Under Maven's exec:java the Kafka jars are on a class realm, not on
	// java.class.path.
	private static String classpath() {
		if (KafkaEngine.class.getClassLoader() instanceof URLClassLoader loader) {
			List<String> entries = new ArrayList<>();
			for (URL url : loader.getURLs()) {
				try {
					entries.add(Path.of(url.toURI()).toString());
				}
				catch (URISyntaxException ex) {
					throw new IllegalStateException("Unexpected class path entry " + url, ex);
				}
			}
			return String.join(File.pathSeparator, entries);
		}
		return System.getProperty("java.class.path");
	}

	private void awaitReady() {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3000);
		try (Admin admin = Admin.create(config)) {
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new EngineStartException("Kafka exited with code %d during start; see %s"
						.formatted(this.process.exitValue(), this.settings.dataDirectory().resolve("kafka.log")));
				}
				try {
					admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
					return;
				}
				catch (Exception notYet) {
					sleep(200);
				}
			}
		}
		throw new EngineStartException(
				"Kafka did not answer on port %d within %ds".formatted(this.port, START_TIMEOUT.toSeconds()));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EngineStartException("Interrupted while waiting for Kafka", ex);
		}
	}

	@Override
	public synchronized void stop() {
		if (this.process == null) {
			return;
		}
		Process process = this.process;
		this.process = null;
		process.destroy();
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	@Override
	public int port() {
		return this.port;
	}

	@Override
	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

	@Override
	public Map<String, String> environment() {
		return Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
	}

	/** The broker's own log, for diagnosing a failed start. */
	public String log() {
		try {
			return Files.readString(this.settings.dataDirectory().resolve("kafka.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
