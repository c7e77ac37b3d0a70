package dev.shopfront.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository the tests run in, found from the test JVM's working directory (a module
 * directory under Maven, the root in an IDE): the nearest directory holding the Maven
 * wrapper.
 */
public final class Repository {

	private static final Path ROOT = findRoot(Path.of("").toAbsolutePath());

	private Repository() {
	}

	public static Path root() {
		return ROOT;
	}

	public static Path path(String relative) {
		return ROOT.resolve(relative);
	}

	public static String read(String relative) {
		try {
			return Files.readString(path(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path findRoot(Path start) {
		for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve(".mvn"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("No repository root (a directory with mvnw and .mvn/) above " + start);
	}

}
