package dev.shopfront.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

/**
 * A set of engines started on demand, each at most once. {@link #shared()} is what tests
 * use: free ports, a temporary data directory, everything stopped and deleted when the
 * JVM exits, embedded or in Docker as {@link EngineChoice} decides.
 * {@link #atStandardPorts(Path)} is what the launcher uses: the spec's ports and data
 * kept between runs.
 */
public final class LocalStack {

	private static final LocalStack SHARED = createShared();

	private final Function<Engine, EmbeddedEngine> factory;

	private final Map<Engine, EmbeddedEngine> engines = new EnumMap<>(Engine.class);

	private final List<EmbeddedEngine> startOrder = new ArrayList<>();

	private LocalStack(Function<Engine, EmbeddedEngine> factory) {
		this.factory = factory;
	}

	public static LocalStack shared() {
		return SHARED;
	}

	/**
	 * Engines on 5432, 3306, 6379 and 9092 with their data under {@code root}, and the
	 * databases and users the services expect by default.
	 */
	public static LocalStack atStandardPorts(Path root) {
		return withServiceDatabases(root, Engine::standardPort);
	}

	/**
	 * Like {@link #atStandardPorts(Path)} but on free ports, so a whole system can run
	 * beside another one (the system tests do).
	 */
	public static LocalStack atFreePorts(Path root) {
		return withServiceDatabases(root, (engine) -> 0);
	}

	private static LocalStack withServiceDatabases(Path root, Function<Engine, Integer> ports) {
		return embedded((engine) -> {
			EngineSettings base = EngineSettings.of(ports.apply(engine), root.resolve(engine.name().toLowerCase()));
			return switch (engine) {
				case POSTGRES -> base.withDatabase("product_service", "postgres", "password");
				case MARIADB -> base.withDatabase("payment_service", "payment", "password");
				default -> base;
			};
		});
	}

	private static LocalStack embedded(Function<Engine, EngineSettings> settings) {
		return new LocalStack((engine) -> {
			EngineSettings set = settings.apply(engine);
			return switch (engine) {
				case POSTGRES -> new PostgresEngine(set);
				case MARIADB -> new MariaDbEngine(set);
				case REDIS -> new RedisEngine(set);
				case KAFKA -> new KafkaEngine(set);
			};
		});
	}

	public EmbeddedEngine postgres() {
		return get(Engine.POSTGRES);
	}

	public EmbeddedEngine mariaDb() {
		return get(Engine.MARIADB);
	}

	public EmbeddedEngine redis() {
		return get(Engine.REDIS);
	}

	public KafkaBroker kafka() {
		return (KafkaBroker) get(Engine.KAFKA);
	}

	/** The engine, started if it was not yet. */
	public synchronized EmbeddedEngine get(Engine engine) {
		EmbeddedEngine instance = this.engines.computeIfAbsent(engine, this.factory);
		if (!this.startOrder.contains(instance)) {
			instance.start();
			this.startOrder.add(instance);
		}
		return instance;
	}

	/** Stops every engine this stack started, last started first. */
	public synchronized void stop() {
		List<EmbeddedEngine> reversed = new ArrayList<>(this.startOrder);
		Collections.reverse(reversed);
		for (EmbeddedEngine engine : reversed) {
			try {
				engine.stop();
			}
			catch (RuntimeException ex) {
				System.err.println("local-stack: " + engine.engine() + " did not stop cleanly: " + ex.getMessage());
			}
		}
		this.startOrder.clear();
	}

	private static LocalStack createShared() {
		Path root;
		try {
			root = Files.createTempDirectory("shopfront-local-stack-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		EngineChoice choice = EngineChoice.fromSystem();
		LoggerFactory.getLogger(LocalStack.class).info(choice.message());
		LocalStack stack;
		if (choice.containers()) {
			EngineImages images = EngineImages.load();
			stack = new LocalStack((engine) -> ContainerEngine.of(engine, images));
		}
		else {
			stack = embedded((engine) -> EngineSettings.of(0, root.resolve(engine.name().toLowerCase())));
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.stop();
			deleteRecursively(root);
		}, "local-stack-shutdown"));
		return stack;
	}

	static void deleteRecursively(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("local-stack: could not delete " + root + ": " + ex.getMessage());
		}
	}

}
