package dev.shopfront.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.junit.jupiter.api.Test;

import dev.shopfront.docs.source.RepositoryFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The committed pages under docs/architecture/ are exactly what the generator makes from
 * the repository now. On drift it prints a unified diff and the command that fixes it.
 */
class DocsDriftTest {

	private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

	private static final Path PAGES = Path.of("architecture");

	@Test
	void committedPagesMatchTheCode() throws IOException {
		long started = System.nanoTime();
		Map<String, String> generated = GeneratedPages.of(new RepositoryFiles(REPOSITORY));
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("Generated %d pages from %s in %d ms%n", generated.size(), REPOSITORY, millis);

		TreeSet<String> names = new TreeSet<>(generated.keySet());
		names.addAll(committedPageNames());
		List<String> diff = new ArrayList<>();
		for (String name : names) {
			diff.addAll(diff(name, committed(name), generated.getOrDefault(name, "")));
		}
		if (!diff.isEmpty()) {
			fail("docs/architecture/ is stale: regenerate with `make docs` (./mvnw -pl docs compile exec:java) "
					+ "and commit the result.%n%s".formatted(String.join("\n", diff)));
		}
		// The target is under 5 s (about 1.5 s on an idle 2-core machine, mostly
		// JavaParser warming up);
		// the guard is wider so a busy CI machine does not turn a slow run into a red
		// build.
		assertThat(millis).as("generation time in ms").isLessThan(10_000);
	}

	private static List<String> diff(String name, String committed, String generated) {
		if (committed.equals(generated)) {
			return List.of();
		}
		List<String> before = committed.lines().toList();
		List<String> after = generated.lines().toList();
		return UnifiedDiffUtils.generateUnifiedDiff("committed/" + name, "generated/" + name, before,
				DiffUtils.diff(before, after), 2);
	}

	private static String committed(String name) throws IOException {
		Path file = PAGES.resolve(name);
		return Files.exists(file) ? Files.readString(file) : "";
	}

	private static List<String> committedPageNames() throws IOException {
		if (!Files.isDirectory(PAGES)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(PAGES)) {
			return files.map((file) -> file.getFileName().toString()).filter((name) -> name.endsWith(".md")).toList();
		}
	}

}
