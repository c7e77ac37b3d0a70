package dev.shopfront.payment.interfaces.scheduling;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.shopfront.payment.application.command.ExpirePaymentsCommand;
import dev.shopfront.payment.application.command.ExpirePaymentsHandler;

/**
 * Looks for pending payments whose time to pay ran out.
 */
@Component
class PaymentExpiryScheduler {

	private final ExpirePaymentsHandler expire;

	PaymentExpiryScheduler(ExpirePaymentsHandler expire) {
		this.expire = expire;
	}

	@Scheduled(fixedDelayString = "${shopfront.payment.expiry-check-interval}")
	void expireUnpaid() {
		this.expire.handle(new ExpirePaymentsCommand(100));
	}

}
