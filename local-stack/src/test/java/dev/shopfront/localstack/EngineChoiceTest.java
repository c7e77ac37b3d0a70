package dev.shopfront.localstack;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EngineChoiceTest {

	private static final BooleanSupplier DOCKER = () -> true;

	private static final BooleanSupplier NO_DOCKER = () -> false;

	private static final BooleanSupplier NOT_TO_BE_ASKED = () -> {
		throw new AssertionError("Docker was probed although the mode was explicit");
	};

	@Test
	void autoByDefaultTakesTestcontainersWhenDockerAnswers() {
		EngineChoice choice = EngineChoice.of(null, null, DOCKER);

		assertThat(choice.mode()).isEqualTo(EngineMode.TESTCONTAINERS);
		assertThat(choice.containers()).isTrue();
		assertThat(choice.message()).startsWith("Engines: testcontainers")
			.contains("neither shopfront.engines nor SHOPFRONT_ENGINES is set (auto)")
			.contains("a Docker environment answered");
	}

	@Test
	void autoByDefaultFallsBackToEmbeddedWithoutDockerAndSaysWhy() {
		EngineChoice choice = EngineChoice.of(null, " ", NO_DOCKER);

		assertThat(choice.mode()).isEqualTo(EngineMode.EMBEDDED);
		assertThat(choice.message()).startsWith("Engines: embedded")
			.contains("no Docker environment answered, so Testcontainers cannot start the official images");
	}

	@Test
	void explicitAutoProbesDockerOnce() {
		AtomicInteger probes = new AtomicInteger();
		EngineChoice choice = EngineChoice.of("auto", null, () -> probes.incrementAndGet() > 5);

		assertThat(choice.mode()).isEqualTo(EngineMode.EMBEDDED);
		assertThat(probes).hasValue(1);
		assertThat(choice.reason()).startsWith("shopfront.engines=auto");
	}

	@Test
	void embeddedIsTakenWithoutAskingDocker() {
		EngineChoice choice = EngineChoice.of(null, "embedded", NOT_TO_BE_ASKED);

		assertThat(choice.mode()).isEqualTo(EngineMode.EMBEDDED);
		assertThat(choice.message()).isEqualTo(
				"Engines: embedded (PostgreSQL, MariaDB, Redis and Kafka from Maven artifacts, no Docker), because SHOPFRONT_ENGINES=embedded");
	}

	@Test
	void testcontainersIsTakenWhenDockerAnswers() {
		EngineChoice choice = EngineChoice.of("TestContainers", null, DOCKER);

		assertThat(choice.mode()).isEqualTo(EngineMode.TESTCONTAINERS);
		assertThat(choice.message()).isEqualTo(
				"Engines: testcontainers (the official images of engine-images.properties, in Docker), because shopfront.engines=TestContainers");
	}

	@Test
	void testcontainersWithoutDockerIsRefusedRatherThanRunEmbedded() {
		assertThatExceptionOfType(EngineStartException.class)
			.isThrownBy(() -> EngineChoice.of(null, "testcontainers", NO_DOCKER))
			.withMessage("SHOPFRONT_ENGINES=testcontainers, but no Docker environment answered: start Docker, "
					+ "or run the tests with SHOPFRONT_ENGINES=embedded (or auto)");
	}

	@Test
	void thePropertyWinsOverTheEnvironment() {
		assertThat(EngineChoice.of("embedded", "testcontainers", NOT_TO_BE_ASKED).mode())
			.isEqualTo(EngineMode.EMBEDDED);
		assertThat(EngineChoice.of("testcontainers", "embedded", DOCKER).mode()).isEqualTo(EngineMode.TESTCONTAINERS);
	}

	@Test
	void aMisspeltModeIsRefusedWithTheChoices() {
		assertThatExceptionOfType(EngineStartException.class)
			.isThrownBy(() -> EngineChoice.of(null, "docker", NOT_TO_BE_ASKED))
			.withMessage("SHOPFRONT_ENGINES=docker is not one of embedded, testcontainers, auto");
	}

}
