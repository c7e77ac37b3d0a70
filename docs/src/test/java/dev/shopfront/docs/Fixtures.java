package dev.shopfront.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.shopfront.docs.source.RepositoryFiles;

/**
 * The small repository under src/test/resources/fixtures/shop, read in place or copied
 * into a temporary directory for a test that changes a file and regenerates.
 */
public final class Fixtures {

	public static final Path SHOP = Path.of("src/test/resources/fixtures/shop");

	private Fixtures() {
	}

	public static RepositoryFiles shop() {
		return new RepositoryFiles(SHOP);
	}

	public static RepositoryFiles copyOfShop(Path target) {
		try (Stream<Path> files = Files.walk(SHOP)) {
			for (Path source : files.toList()) {
				Path copy = target.resolve(SHOP.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(source, copy);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new RepositoryFiles(target);
	}

	/** Replaces the first occurrence of {@code text} in a file of a copied repository. */
	public static void edit(RepositoryFiles repository, String file, String text, String replacement) {
		String before = repository.read(file);
		if (!before.contains(text)) {
			throw new IllegalArgumentException(file + " does not contain " + text);
		}
		try {
			Files.writeString(repository.root().resolve(file), before.replace(text, replacement));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
