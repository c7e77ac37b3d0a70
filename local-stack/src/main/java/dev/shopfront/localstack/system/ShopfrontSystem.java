package dev.shopfront.localstack.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.shopfront.localstack.EmbeddedEngine;
import dev.shopfront.localstack.Engine;
import dev.shopfront.localstack.LocalStack;
import dev.shopfront.localstack.Ports;
import dev.shopfront.localstack.OwnDatabases;

/**
 * The whole system as separate processes: the four engines, then each application as its
 * own JVM ({@code java -jar}) with the environment Docker Compose would give it. The
 * launcher runs it on the standard ports; the system tests run it on free ports and stop
 * and start parts of it to inject faults.
 */
public final class ShopfrontSystem implements AutoCloseable {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(25);

	private static final Pattern PEER = Pattern.compile("\\{([a-z-]+)\\.(grpc|urls)}");

	private final Layout layout;

	private final LocalStack engines;

	private final List<Instance> instances;

	private final Map<Instance, Process> running = Collections.synchronizedMap(new LinkedHashMap<>());

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	// The services refuse gRPC calls without the shared token: a fresh one per system,
	// so no fixed secret ships with the launcher.
	private final String grpcAuthToken = newToken();

	public ShopfrontSystem(Layout layout) {
		this.layout = layout;
		this.engines = layout.standardPorts() ? LocalStack.atStandardPorts(layout.data())
				: LocalStack.atFreePorts(layout.data());
		this.instances = plan(layout);
	}

	private static List<Instance> plan(Layout layout) {
		List<Instance> instances = new ArrayList<>();
		for (App app : Shopfront.APPS) {
			int copies = app.name().equals(Shopfront.PRODUCT) ? layout.productInstances() : 1;
			for (int copy = 1; copy <= copies; copy++) {
				String name = (copy == 1) ? app.name() : app.name() + "-" + copy;
				boolean standard = layout.standardPorts() && copy == 1;
				int httpPort = standard ? app.httpPort() : Ports.free();
				int grpcPort = !app.servesGrpc() ? 0 : standard ? app.grpcPort() : Ports.free();
				instances.add(new Instance(name, app, httpPort, grpcPort));
			}
		}
		return List.copyOf(instances);
	}

	/** Every instance, in start order. */
	public List<Instance> instances() {
		return this.instances;
	}

	public Instance instance(String name) {
		return this.instances.stream()
			.filter((instance) -> instance.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No instance named " + name));
	}

	public LocalStack engines() {
		return this.engines;
	}

	/** What would stop a start: ports taken, jars not built. One sentence each. */
	public List<String> preflight() {
		List<String> problems = new ArrayList<>();
		if (this.layout.standardPorts()) {
			for (Engine engine : Engine.values()) {
				if (Ports.inUse(engine.standardPort())) {
					problems.add("port %d is in use, so %s cannot start".formatted(engine.standardPort(), engine));
				}
			}
		}
		for (Instance instance : this.instances) {
			for (int port : new int[] { instance.httpPort(), instance.grpcPort() }) {
				if (port != 0 && Ports.inUse(port)) {
					problems.add("port %d is in use, so %s cannot start".formatted(port, instance.name()));
				}
			}
			Path jar = jarOf(instance);
			if (!Files.isRegularFile(jar)) {
				problems.add("%s is not built (%s missing): run `make build`".formatted(instance.name(),
						this.layout.root().relativize(jar)));
			}
		}
		return problems.stream().distinct().toList();
	}

	public EmbeddedEngine startEngine(Engine engine) {
		return this.engines.get(engine);
	}

	/** Starts the instance's JVM and returns once its readiness endpoint answers 200. */
	public void start(Instance instance) throws IOException, InterruptedException {
		Files.createDirectories(this.layout.logs());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.layout.jvmOptions());
		command.addAll(List.of("-jar", jarOf(instance).toString()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.layout.root().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(instance.log(this.layout.logs()).toFile()));
		Map<String, String> environment = environmentOf(instance);
		provideOwnDatabase(instance, environment);
		builder.environment().putAll(environment);
		Process process = builder.start();
		this.running.put(instance, process);
		awaitReady(instance, process);
	}

	/** Stops the instance gracefully (SIGTERM), forcibly if it does not end in time. */
	public void stop(Instance instance) {
		Process process = this.running.remove(instance);
		if (process == null) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** Every application in reverse start order, then the engines. */
	@Override
	public void close() {
		List<Instance> reversed = new ArrayList<>(this.instances);
		Collections.reverse(reversed);
		reversed.forEach(this::stop);
		this.engines.stop();
	}

	Map<String, String> environmentOf(Instance instance) {
		Map<String, String> environment = new LinkedHashMap<>();
		for (Engine engine : instance.app().engines()) {
			environment.putAll(this.engines.get(engine).environment());
		}
		environment.put("PORT", String.valueOf(instance.httpPort()));
		if (instance.grpcPort() != 0) {
			environment.put("GRPC_PORT", String.valueOf(instance.grpcPort()));
			environment.put("GRPC_AUTH_TOKEN", this.grpcAuthToken);
		}
		instance.app().environment().forEach((name, value) -> environment.put(name, resolvePeers(value)));
		environment.putAll(this.layout.overrides());
		return environment;
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	// An application that names a database of its own on the shared PostgreSQL (the
	// notification service) finds it there, owned by its user, as Compose's init script
	// provides it.
	private void provideOwnDatabase(Instance instance, Map<String, String> environment) {
		if (!instance.app().engines().contains(Engine.POSTGRES)) {
			return;
		}
		OwnDatabases postgres = (OwnDatabases) this.engines.postgres();
		String database = environment.get("DB_NAME");
		if (database != null && !database.equals(this.engines.postgres().environment().get("DB_NAME"))) {
			postgres.ensureDatabase(database, environment.get("DB_USER"), environment.get("DB_PASSWORD"));
		}
	}

	private String resolvePeers(String value) {
		Matcher peer = PEER.matcher(value);
		StringBuilder resolved = new StringBuilder();
		while (peer.find()) {
			List<Instance> copies = this.instances.stream()
				.filter((instance) -> instance.app().name().equals(peer.group(1)))
				.toList();
			if (copies.isEmpty()) {
				throw new IllegalArgumentException("No application named " + peer.group(1) + " in " + value);
			}
			String address = peer.group(2).equals("grpc") ? copies.get(0).grpcAddress()
					: copies.stream().map(Instance::url).collect(Collectors.joining(","));
			peer.appendReplacement(resolved, Matcher.quoteReplacement(address));
		}
		peer.appendTail(resolved);
		return resolved.toString();
	}

	private void awaitReady(Instance instance, Process process) throws InterruptedException {
		HttpRequest ready = HttpRequest.newBuilder(URI.create(instance.url() + "/health/ready"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				this.running.remove(instance);
				throw new IllegalStateException(
						"%s exited with code %d; last lines of %s:%n%s".formatted(instance.name(), process.exitValue(),
								logName(instance), ProcessLog.tail(instance.log(this.layout.logs()), 15)));
			}
			try {
				if (this.http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("%s was not ready within %ds; see %s".formatted(instance.name(),
				READY_TIMEOUT.toSeconds(), logName(instance)));
	}

	private Path logName(Instance instance) {
		Path log = instance.log(this.layout.logs());
		return log.startsWith(this.layout.root()) ? this.layout.root().relativize(log) : log;
	}

	private Path jarOf(Instance instance) {
		return instance.app().jar(this.layout.root(), this.layout.version());
	}

}
