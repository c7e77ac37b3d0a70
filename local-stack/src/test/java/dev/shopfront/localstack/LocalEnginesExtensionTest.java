package dev.shopfront.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@LocalEngines(Engine.REDIS)
class LocalEnginesExtensionTest {

	@Test
	void publishesTheRunningEngineUnderTheServicesVariableNames() {
		EmbeddedEngine redis = LocalStack.shared().redis();

		assertThat(redis.isRunning()).isTrue();
		assertThat(System.getProperty("REDIS_PORT")).isEqualTo(String.valueOf(redis.port()));
		assertThat(System.getProperty("REDIS_HOST")).isEqualTo("localhost");
		assertThat(Ports.inUse(redis.port())).isTrue();
	}

	@Test
	void sharedEngineIsStartedOnlyOnce() {
		assertThat(LocalStack.shared().redis()).isSameAs(LocalStack.shared().redis());
	}

}
