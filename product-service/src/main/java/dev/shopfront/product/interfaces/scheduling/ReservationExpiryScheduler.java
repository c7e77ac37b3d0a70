package dev.shopfront.product.interfaces.scheduling;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.shopfront.product.application.command.ReleaseExpiredReservationsCommand;
import dev.shopfront.product.application.command.ReleaseExpiredReservationsHandler;

/**
 * Looks for reservations that outlived their time to live.
 */
@Component
class ReservationExpiryScheduler {

	private final ReleaseExpiredReservationsHandler release;

	ReservationExpiryScheduler(ReleaseExpiredReservationsHandler release) {
		this.release = release;
	}

	@Scheduled(fixedDelayString = "${shopfront.stock.reservation-check-interval}")
	void releaseExpired() {
		this.release.handle(new ReleaseExpiredReservationsCommand(100));
	}

}
