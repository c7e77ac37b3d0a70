package dev.shopfront.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import dev.shopfront.docs.model.MarkdownRenderer;
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
		Path renderer = null;
		int positional = 0;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--repo" -> root = Path.of(value(args, ++i));
				case "--out" -> pagesDirectory = Path.of(value(args, ++i));
				case "--config" -> config = value(args, ++i);
				case "--svg-renderer" -> renderer = Path.of(value(args, ++i));
				case "--help", "-h" -> {
					System.out.println(
							"Usage: DocsGenerator --repo PATH --out DIR [--config FILE] [--svg-renderer render-mermaid.mjs]");
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
		if (renderer != null) {
			renderSvgs(renderer, pagesDirectory);
		}
	}

	/**
	 * Renders the diagrams whose SVG is missing or stale with render-mermaid.mjs (the
	 * pinned mermaid-cli); without Node, its node_modules or a Chromium it says what is
	 * missing and leaves the SVGs as they are (RenderedSvgTest then names the stale
	 * ones).
	 */
	private static void renderSvgs(Path renderer, Path pagesDirectory) throws IOException {
		Path module = renderer.toAbsolutePath().getParent();
		if (!Files.isDirectory(module.resolve("node_modules/@mermaid-js/mermaid-cli"))) {
			System.out.println("SVGs not rendered: run `npm ci` in " + module + " first");
			return;
		}
		Path pages = pagesDirectory.toAbsolutePath().normalize();
		ProcessBuilder builder = new ProcessBuilder("node", renderer.toAbsolutePath().toString(), pages.toString(),
				pages.resolve(MarkdownRenderer.SVG_DIRECTORY).toString(), "--changed")
			.directory(module.toFile())
			.inheritIO();
		builder.environment().putIfAbsent("PUPPETEER_SKIP_DOWNLOAD", "1");
		try {
			int exit = builder.start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException("render-mermaid.mjs failed (exit " + exit + "): a diagram does not "
						+ "render, or no Chromium was found (apt-get install chromium)");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException(args[index - 1] + " needs a value");
		}
		return args[index];
	}

}
