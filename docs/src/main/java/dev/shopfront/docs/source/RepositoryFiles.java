package dev.shopfront.docs.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.util.Collections;
import java.util.Set;
import java.util.List;

/**
 * The repository as the generator sees it: files addressed by repository-relative paths
 * with forward slashes, listed in a stable order so the output never depends on the file
 * system's.
 */
public final class RepositoryFiles {

	private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules");

	/** Dot-directories that hold sources the generator reads. */
	private static final Set<String> KEPT_DOT_DIRECTORIES = Set.of(".github", ".ci", ".mvn");

	private final Path root;

	private final JavaParser parser = new JavaParser(
			new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

	private final Map<String, Parsed> parsed = new HashMap<>();

	public RepositoryFiles(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return this.root;
	}

	public boolean exists(String path) {
		return Files.exists(this.root.resolve(path));
	}

	/**
	 * The file parsed as Java 17, once per content (several readers look at the same
	 * sources); empty when it does not parse.
	 */
	public Optional<CompilationUnit> java(String path) {
		String text = read(path);
		Parsed cached = this.parsed.get(path);
		if (cached == null || !cached.text().equals(text)) {
			ParseResult<CompilationUnit> result = this.parser.parse(text);
			cached = new Parsed(text, result.isSuccessful() ? result.getResult() : Optional.empty());
			this.parsed.put(path, cached);
		}
		return cached.unit();
	}

	private record Parsed(String text, Optional<CompilationUnit> unit) {
	}

	public String read(String path) {
		try {
			return Files.readString(this.root.resolve(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	/**
	 * Files under {@code directory} ("" for the whole repository) whose names end with
	 * {@code suffix}, sorted by path. Build output, dependencies and VCS metadata
	 * ({@code target}, {@code build}, {@code node_modules}, dot-directories) are never
	 * walked.
	 */
	public List<String> list(String directory, String suffix) {
		Path start = this.root.resolve(directory);
		if (!Files.isDirectory(start)) {
			return List.of();
		}
		List<String> found = new ArrayList<>();
		try {
			Files.walkFileTree(start, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					String name = (dir.getFileName() != null) ? dir.getFileName().toString() : "";
					boolean skipped = !dir.equals(start) && (SKIPPED.contains(name)
							|| (name.startsWith(".") && !KEPT_DOT_DIRECTORIES.contains(name)));
					return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					String path = relative(file);
					if (attributes.isRegularFile() && path.endsWith(suffix)) {
						found.add(path);
					}
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + directory, ex);
		}
		Collections.sort(found);
		return List.copyOf(found);
	}

	public String relative(Path path) {
		return this.root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

}
