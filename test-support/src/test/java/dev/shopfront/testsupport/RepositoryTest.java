package dev.shopfront.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RepositoryTest {

	@TempDir
	Path directory;

	@Test
	void theRootIsTheNearestDirectoryWithTheMavenWrapper() throws IOException {
		Files.createDirectories(this.directory.resolve(".mvn"));
		Files.createFile(this.directory.resolve("mvnw"));
		Path module = Files.createDirectories(this.directory.resolve("some-module/src"));

		assertThat(Repository.findRoot(module)).isEqualTo(this.directory);
	}

	@Test
	void noWrapperAboveIsAClearError() {
		assertThatIllegalStateException().isThrownBy(() -> Repository.findRoot(this.directory))
			.withMessageContaining("mvnw");
	}

	@Test
	void thisRepositoryIsFound() {
		assertThat(Repository.path("test-support/pom.xml")).isRegularFile();
	}

}
