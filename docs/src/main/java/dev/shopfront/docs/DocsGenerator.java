package dev.shopfront.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import dev.shopfront.docs.source.RepositoryFiles;

/**
 * Regenerates the architecture pages:
 * {@code DocsGenerator <repository root> <pages dir>}. Pages that are no longer generated
 * are deleted, so the directory holds exactly what the code says.
 */
public final class DocsGenerator {

	private DocsGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of((args.length > 0) ? args[0] : "..");
		Path pagesDirectory = Path.of((args.length > 1) ? args[1] : "architecture");
		long started = System.nanoTime();
		Map<String, String> pages = GeneratedPages.of(new RepositoryFiles(root));
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
		System.out.printf("Generated %d pages (%d Mermaid diagrams) in %s in %d ms%n", pages.size(), diagrams,
				pagesDirectory.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
	}

}
