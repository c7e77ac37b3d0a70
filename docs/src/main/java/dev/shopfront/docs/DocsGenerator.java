package dev.shopfront.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import dev.shopfront.docs.source.ArchitectureConfig;
import dev.shopfront.docs.source.RepositoryFiles;

/**
 * Writes the architecture pages of a repository:
 * {@code DocsGenerator --repo PATH --out DIR [--config FILE]} (or the two paths alone).
 * The configuration defaults to {@code docs/architecture.yml} inside the repository and
 * may be absent. Pages that are no longer generated are deleted, so the directory holds
 * exactly what the code says.
 */
public final class DocsGenerator {

	private DocsGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of("..");
		Path pagesDirectory = Path.of("architecture");
		String config = ArchitectureConfig.DEFAULT_FILE;
		int positional = 0;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--repo" -> root = Path.of(value(args, ++i));
				case "--out" -> pagesDirectory = Path.of(value(args, ++i));
				case "--config" -> config = value(args, ++i);
				case "--help", "-h" -> {
					System.out.println("Usage: DocsGenerator --repo PATH --out DIR [--config FILE]");
					return;
				}
				default -> {
					if (positional == 0) {
						root = Path.of(args[i]);
					}
					else {
						pagesDirectory = Path.of(args[i]);
					}
					positional++;
				}
			}
		}
		long started = System.nanoTime();
		RepositoryFiles files = new RepositoryFiles(root);
		Path configPath = Path.of(config);
		String configFile = configPath.isAbsolute() ? files.relative(configPath) : config;
		Map<String, String> pages = GeneratedPages.of(files, ArchitectureConfig.read(files, configFile));
		Files.createDirectories(pagesDirectory);
		try (Stream<Path> existing = Files.list(pagesDirectory)) {
			for (Path stale : existing.filter((path) -> path.toString().endsWith(".md")).toList()) {
				if (!pages.containsKey(stale.getFileName().toString())) {
					Files.delete(stale);
				}
			}
		}
		for (Map.Entry<String, String> page : pages.entrySet()) {
			Files.writeString(pagesDirectory.resolve(page.getKey()), page.getValue());
		}
		long diagrams = pages.values().stream().mapToLong((text) -> text.split("```mermaid", -1).length - 1).sum();
		System.out.printf("Generated %d pages (%d Mermaid diagrams) of %s in %s in %d ms%n", pages.size(), diagrams,
				files.root(), pagesDirectory.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException(args[index - 1] + " needs a value");
		}
		return args[index];
	}

}
