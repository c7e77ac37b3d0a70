package dev.shopfront.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every diagram of the committed pages has its SVG, rendered by the pinned mermaid-cli
 * from exactly its current Mermaid source: render-mermaid.mjs writes the source's SHA-256
 * on the SVG's first line, so this check needs no browser and does not depend on how a
 * machine's fonts lay the picture out. A diagram that does not render has no such SVG, so
 * it fails here. The renderer itself is exercised against a broken page (with Chromium:
 * skipped locally when it is missing, failed on CI, the test-support CommandLineTool
 * convention).
 */
class RenderedSvgTest {

	private static final Path PAGES = Path.of("architecture");

	private static final Path SVGS = PAGES.resolve("svg");

	@Test
	void everyDiagramHasTheSvgOfItsCurrentSource() throws IOException {
		List<String> problems = new ArrayList<>();
		TreeSet<String> expected = new TreeSet<>();
		for (Path page : markdown(PAGES)) {
			List<String> blocks = mermaidBlocks(Files.readString(page));
			String name = page.getFileName().toString().replaceFirst("\\.md$", "");
			for (int n = 1; n <= blocks.size(); n++) {
				String svg = name + "-" + n + ".svg";
				expected.add(svg);
				Path file = SVGS.resolve(svg);
				if (!Files.exists(file)) {
					problems.add(svg + " is missing");
					continue;
				}
				String first = Files.readString(file).lines().findFirst().orElse("");
				if (!first.equals("<!-- mermaid-source-sha256: " + sha256(blocks.get(n - 1)) + " -->")) {
					problems
						.add(svg + " was rendered from another version of " + page.getFileName() + "'s diagram " + n);
				}
			}
		}
		try (Stream<Path> files = Files.list(SVGS)) {
			files.map((file) -> file.getFileName().toString())
				.filter((file) -> !expected.contains(file))
				.forEach((file) -> problems.add(file + " belongs to no diagram"));
		}
		assertThat(problems)
			.as("SVGs under docs/architecture/svg are stale: run `make docs` (needs Node and "
					+ "Chromium: apt-get install chromium; npm ci in docs/) and commit them")
			.isEmpty();
		assertThat(expected).hasSizeGreaterThan(40);
	}

	@Test
	void theRendererFailsOnADiagramThatDoesNotRenderAndNamesIt(@TempDir Path out) throws Exception {
		requireChromium();
		Result result = render("src/test/resources/mermaid", out.toString());
		assertThat(result.output()).contains("BROKEN src/test/resources/mermaid/broken.md:9")
			.contains("1 of 2 diagrams rendered")
			.contains("1 broken");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(out.resolve("broken-1.svg")).content(StandardCharsets.UTF_8)
			.startsWith("<!-- mermaid-source-sha256: ")
			.contains("<svg");
		assertThat(out.resolve("broken-2.svg")).doesNotExist();
	}

	private static void requireChromium() throws IOException, InterruptedException {
		assertThat(Path.of("node_modules/@mermaid-js/mermaid-cli")).as("npm ci has installed mermaid-cli")
			.isDirectory();
		Process which = new ProcessBuilder("sh", "-c",
				"test -x \"$PUPPETEER_EXECUTABLE_PATH\" || command -v chromium || command -v chromium-browser")
			.start();
		if (which.waitFor() == 0) {
			return;
		}
		String missing = "chromium is not installed (Debian package chromium; .ci/run installs it with apt-get)";
		String ci = System.getenv().getOrDefault("CI", "");
		if (!ci.isBlank() && !ci.equalsIgnoreCase("false")) {
			throw new AssertionError(missing + ": on CI this check must run");
		}
		throw new TestAbortedException("SKIPPED: " + missing);
	}

	private static Result render(String pages, String out) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("node", "render-mermaid.mjs", pages, out).redirectErrorStream(true);
		builder.environment().putIfAbsent("PUPPETEER_SKIP_DOWNLOAD", "1");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("node finished").isTrue();
		return new Result(process.exitValue(), output);
	}

	private static List<Path> markdown(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.toString().endsWith(".md")).sorted().toList();
		}
	}

	/** The blocks as render-mermaid.mjs cuts them: the lines between the fences. */
	static List<String> mermaidBlocks(String text) {
		List<String> blocks = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].strip().equals("```mermaid")) {
				int end = i + 1;
				while (end < lines.length && !lines[end].strip().equals("```")) {
					end++;
				}
				blocks.add(String.join("\n", List.of(lines).subList(i + 1, end)));
				i = end;
			}
		}
		return blocks;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Result(int exitCode, String output) {
	}

}
