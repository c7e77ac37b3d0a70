package dev.shopfront.docs.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository as the generator sees it: files addressed by repository-relative paths
 * with forward slashes, listed in a stable order so the output never depends on the file
 * system's.
 */
public final class RepositoryFiles {

	private final Path root;

	public RepositoryFiles(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return this.root;
	}

	public boolean exists(String path) {
		return Files.exists(this.root.resolve(path));
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
	 * Files under {@code directory} whose names end with {@code suffix}, sorted by path.
	 */
	public List<String> list(String directory, String suffix) {
		Path start = this.root.resolve(directory);
		if (!Files.isDirectory(start)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(start)) {
			return files.filter(Files::isRegularFile)
				.map(this::relative)
				.filter((path) -> path.endsWith(suffix))
				.filter((path) -> !path.contains("/target/") && !path.contains("/node_modules/"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + directory, ex);
		}
	}

	public String relative(Path path) {
		return this.root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

}
