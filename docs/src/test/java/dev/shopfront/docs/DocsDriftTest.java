package dev.shopfront.docs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long started = System.nanoTime();
		long startedCpu = threads.getCurrentThreadCpuTime();
		Map<String, String> generated = GeneratedPages.of(new RepositoryFiles(REPOSITORY));
		long millis = (System.nanoTime() - started) / 1_000_000;
		long cpuMillis = (threads.getCurrentThreadCpuTime() - startedCpu) / 1_000_000;
		System.out.printf("Generated %d pages from %s in %d ms (%d ms of CPU)%n", generated.size(), REPOSITORY, millis,
				cpuMillis);

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
