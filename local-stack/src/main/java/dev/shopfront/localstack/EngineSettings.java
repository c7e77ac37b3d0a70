package dev.shopfront.localstack;

import java.nio.file.Path;

/**
 * Where and how an engine runs.
 *
 * @param port the client port, or 0 for a free one chosen at first start
 * @param dataDirectory where the engine keeps its data between runs
 * @param database the database created for SQL engines (ignored by the others)
 * @param user the user the services connect as (SQL engines)
 * @param password that user's password (SQL engines)
 */
public record EngineSettings(int port, Path dataDirectory, String database, String user, String password) {

	public static EngineSettings of(int port, Path dataDirectory) {
		return new EngineSettings(port, dataDirectory, null, null, null);
	}

	public EngineSettings withDatabase(String database, String user, String password) {
		return new EngineSettings(this.port, this.dataDirectory, database, user, password);
	}

}
