package dev.shopfront.localstack;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data stores are stopped by whoever started them, in order, never by a JVM shutdown
 * hook of their library: hooks run all at once, so such a hook would stop a database
 * while the service using it is still draining.
 */
class EngineOwnershipTest {

	private static final Path data = Path.of("target", "engine-ownership-test").toAbsolutePath();

	private static final List<String> ENGINE_LIBRARIES = List.of("ch.vorburger.", "io.zonky.", "redis.embedded.");

	@Test
	void mariaDbRegistersNoShutdownHook() {
		assertStartsWithoutAHook(new MariaDbEngine(EngineSettings.of(0, data.resolve("maria"))));
	}

	@Test
	void redisRegistersNoShutdownHook() {
		assertStartsWithoutAHook(new RedisEngine(EngineSettings.of(0, data.resolve("redis"))));
	}

	@Test
	void postgresRegistersNoShutdownHook() {
		assertStartsWithoutAHook(new PostgresEngine(EngineSettings.of(0, data.resolve("pg"))));
	}

	private static void assertStartsWithoutAHook(EmbeddedEngine engine) {
		LocalStack.deleteRecursively(data);
		try {
			engine.start();
			assertThat(shutdownHooks()).as("JVM shutdown hooks after starting " + engine.engine())
				.noneMatch((hook) -> ENGINE_LIBRARIES.stream().anyMatch(hook::startsWith));
		}
		finally {
			engine.stop();
		}
	}

	/**
	 * The class behind each registered hook: the thread's Runnable, else the thread's
	 * own.
	 */
	private static List<String> shutdownHooks() {
		try {
			Class<?> registry = Class.forName("java.lang.ApplicationShutdownHooks");
			Field hooks = registry.getDeclaredField("hooks");
			hooks.setAccessible(true);
			Field target = Thread.class.getDeclaredField("target");
			target.setAccessible(true);
			List<String> classes = new ArrayList<>();
			synchronized (registry) {
				for (Object hook : ((Map<?, ?>) hooks.get(null)).keySet()) {
					Object runnable = target.get(hook);
					classes.add(((runnable != null) ? runnable : hook).getClass().getName());
				}
			}
			return classes;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("needs --add-opens java.base/java.lang=ALL-UNNAMED", ex);
		}
	}

}
