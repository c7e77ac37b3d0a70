package dev.shopfront.localstack;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * An engine as its official image, started by Testcontainers. It keeps the embedded
 * engines' contract, which the fault tests rely on: {@link #stop()} then {@link #start()}
 * brings back the same data on the same port. So the host port is chosen once and bound
 * explicitly, and stop/start are {@code docker stop}/{@code docker start} of the same
 * container; Testcontainers' Ryuk removes it when the test JVM ends.
 *
 * @param <C> the Testcontainers container type
 */
public abstract class ContainerEngine<C extends GenericContainer<?>> implements EmbeddedEngine {

	private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(90);

	private final Engine engine;

	private final DockerImageName image;

	private int port;

	private C container;

	private boolean running;

	protected ContainerEngine(Engine engine, String image) {
		this.engine = engine;
		this.image = DockerImageName.parse(image);
	}

	/**
	 * Whether a Docker environment answers, as Testcontainers finds one. Its own report
	 * of each place it looked is kept out of the log: without Docker that is an ERROR
	 * block for an expected answer, which {@link EngineChoice#message()} states in one
	 * line.
	 */
	public static boolean dockerAvailable() {
		if (!(LoggerFactory.getLogger("org.testcontainers") instanceof Logger logger)) {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		Level level = logger.getLevel();
		logger.setLevel(Level.OFF);
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		finally {
			logger.setLevel(level);
		}
	}

	/** The container engine for {@code engine}, on its official image. */
	public static EmbeddedEngine of(Engine engine, EngineImages images) {
		String image = images.image(engine);
		return switch (engine) {
			case POSTGRES -> new PostgresContainerEngine(image);
			case MARIADB -> new MariaDbContainerEngine(image);
			case REDIS -> new RedisContainerEngine(image);
			case KAFKA -> new KafkaContainerEngine(image);
		};
	}

	/**
	 * A configured, unstarted container; its client port is the engine's standard port.
	 */
	protected abstract C create(DockerImageName image);

	/** True once the engine answers a real request; used after {@code docker start}. */
	protected abstract boolean answers();

	@Override
	public Engine engine() {
		return this.engine;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		try {
			if (this.container == null) {
				this.port = Ports.free();
				C created = create(this.image);
				int bound = this.port;
				created.withCreateContainerCmdModifier((command) -> command.getHostConfig()
					.withPortBindings(new PortBinding(com.github.dockerjava.api.model.Ports.Binding.bindPort(bound),
							ExposedPort.tcp(this.engine.standardPort()))));
				created.start();
				this.container = created;
			}
			else {
				DockerClientFactory.instance().client().startContainerCmd(this.container.getContainerId()).exec();
				awaitAnswer();
			}
			this.running = true;
		}
		catch (RuntimeException ex) {
			throw new EngineStartException("%s (%s) did not start in Docker on port %d: %s".formatted(this.engine,
					this.image.asCanonicalNameString(), this.port, ex.getMessage()), ex);
		}
	}

	private void awaitAnswer() {
		long deadline = System.nanoTime() + RESTART_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (answers()) {
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new EngineStartException("Interrupted while waiting for " + this.engine, ex);
			}
		}
		throw new EngineStartException("%s did not answer on port %d within %ds of docker start".formatted(this.engine,
				this.port, RESTART_TIMEOUT.toSeconds()));
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		DockerClientFactory.instance()
			.client()
			.stopContainerCmd(this.container.getContainerId())
			.withTimeout(20)
			.exec();
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running;
	}

	@Override
	public int port() {
		return this.port;
	}

	/**
	 * Where the container's port is published: the Docker host as Testcontainers sees it.
	 */
	protected String host() {
		return this.container.getHost();
	}

	protected C container() {
		return this.container;
	}

}
