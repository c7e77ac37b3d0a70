package dev.shopfront.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mermaid check the build runs (check-mermaid.mjs with the pinned mermaid package)
 * really fails on broken syntax and names the block, so a passing build means something.
 */
class MermaidCheckTest {

	@Test
	void reportsABrokenDiagramWithItsFileAndLine() throws Exception {
		Result result = check("src/test/resources/mermaid/broken.md");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("BROKEN src/test/resources/mermaid/broken.md:9")
			.contains("2 diagrams in 1 files")
			.contains("1 broken");
	}

	@Test
	void passesTheGeneratedPages() throws Exception {
		Result result = check("architecture");
		assertThat(result.output()).contains(" 0 broken");
		assertThat(result.exitCode()).isZero();
	}

	@Test
	void passesEveryPageGeneratedFromTheFixtureRepository(@TempDir Path directory) throws Exception {
		for (var page : GeneratedPages.of(Fixtures.shop()).entrySet()) {
			Files.writeString(directory.resolve(page.getKey()), page.getValue());
		}
		Result result = check(directory.toString());
		assertThat(result.output()).contains(" 0 broken");
		assertThat(result.exitCode()).isZero();
	}

	private static Result check(String path) throws IOException, InterruptedException {
		assertThat(Path.of("node_modules/mermaid")).as("npm ci has installed mermaid").isDirectory();
		Process process = new ProcessBuilder("node", "check-mermaid.mjs", path).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
