package dev.shopfront.deployment.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the repository the tests run in, whatever the working directory of the test
 * JVM.
 */
public final class Repository {

	private static final Path ROOT = findRoot();

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

	private static Path findRoot() {
		Path dir = Path.of("").toAbsolutePath();
		for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve("mvnw"))
					&& Files.isDirectory(candidate.resolve("deployment-tests"))) {
				return candidate;
			}
		}
		throw new IllegalStateException(
				"No repository root (a directory with mvnw and deployment-tests/) above " + dir);
	}

}
