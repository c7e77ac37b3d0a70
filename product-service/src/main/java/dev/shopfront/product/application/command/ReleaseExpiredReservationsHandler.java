package dev.shopfront.product.application.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.product.domain.Stock;

/**
 * Gives back the units of reservations held longer than their time to live
 * ({@code RESERVATION_TTL}, longer than a payment may stay pending), so a checkout that
 * never settles, or a reservation id nobody will ever settle, cannot keep stock from
 * sale. Returns how many reservations were released.
 */
public class ReleaseExpiredReservationsHandler {

	private static final Logger log = LoggerFactory.getLogger(ReleaseExpiredReservationsHandler.class);

	private final Stock stock;

	private final Clock clock;

	private final Duration timeToLive;

	public ReleaseExpiredReservationsHandler(Stock stock, Clock clock, Duration timeToLive) {
		if (timeToLive.isNegative() || timeToLive.isZero()) {
			throw new IllegalArgumentException("RESERVATION_TTL must be positive");
		}
		this.stock = stock;
		this.clock = clock;
		this.timeToLive = timeToLive;
	}

	public int handle(ReleaseExpiredReservationsCommand command) {
		Instant cutoff = this.clock.instant().minus(this.timeToLive);
		int released = 0;
		for (String reservationId : this.stock.heldBefore(cutoff, command.batchSize())) {
			// A reservation settled meanwhile holds nothing any more: release changes
			// nothing.
			if (this.stock.release(reservationId)) {
				log.warn("Reservation {} held stock longer than {}; released", reservationId, this.timeToLive);
				released++;
			}
		}
		return released;
	}

}
