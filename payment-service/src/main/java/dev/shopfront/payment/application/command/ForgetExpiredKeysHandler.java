package dev.shopfront.payment.application.command;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.payment.domain.Payments;

/**
 * Forgets Idempotency-Keys whose lifetime ran out, so the key table does not grow for
 * ever. Returns how many were forgotten.
 */
public class ForgetExpiredKeysHandler {

	private static final Logger log = LoggerFactory.getLogger(ForgetExpiredKeysHandler.class);

	private final Payments payments;

	private final Clock clock;

	public ForgetExpiredKeysHandler(Payments payments, Clock clock) {
		this.payments = payments;
		this.clock = clock;
	}

	public int handle(ForgetExpiredKeysCommand command) {
		int forgotten = this.payments.forgetExpiredKeys(this.clock.instant(), command.batchSize());
		if (forgotten > 0) {
			log.info("Forgot {} expired Idempotency-Key(s)", forgotten);
		}
		return forgotten;
	}

}
