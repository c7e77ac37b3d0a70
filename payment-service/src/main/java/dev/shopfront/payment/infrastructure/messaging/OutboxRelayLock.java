package dev.shopfront.payment.infrastructure.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one outbox relay run at a time across every payment-service replica: MariaDB's
 * named lock ({@code GET_LOCK}), held by one connection for the length of a run. Two
 * relays reading the same pending rows would both publish them, and batches sent side by
 * side would lose the order of a payment's events. Unlike a lock row with an expiry
 * (ShedLock and the like), the server frees a named lock the moment its holder's
 * connection dies, so a replica that crashes mid-run holds nobody up, and a slow run is
 * never overtaken.
 */
public class OutboxRelayLock {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelayLock.class);

	private static final String NAME = "shopfront.payment.outbox-relay";

	private final DataSource dataSource;

	public OutboxRelayLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * The lock if no other relay holds it, without waiting; empty otherwise, or when the
	 * database cannot be reached (the next run tries again).
	 */
	public Optional<Held> tryAcquire() {
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
				lock.setString(1, NAME);
				try (ResultSet result = lock.executeQuery()) {
					if (result.next() && result.getInt(1) == 1) {
						return Optional.of(new Held(connection));
					}
				}
			}
			connection.close();
			return Optional.empty();
		}
		catch (SQLException ex) {
			log.debug("outbox relay lock not taken", ex);
			closeQuietly(connection);
			return Optional.empty();
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				log.debug("closing the relay lock's connection failed", ex);
			}
		}
	}

	/** A held lock; closing it releases the lock and returns the connection. */
	public static final class Held implements AutoCloseable {

		private final Connection connection;

		private Held(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void close() {
			try (PreparedStatement release = this.connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
				release.setString(1, NAME);
				release.executeQuery().close();
				this.connection.close();
			}
			catch (SQLException ex) {
				// a pooled connection must not keep the lock: drop it, and the server
				// frees the lock with it
				log.warn("outbox relay lock not released, dropping its connection: {}", ex.getMessage());
				try {
					this.connection.abort(Runnable::run);
				}
				catch (SQLException abortFailed) {
					log.debug("aborting the relay lock's connection failed", abortFailed);
				}
			}
		}

	}

}
