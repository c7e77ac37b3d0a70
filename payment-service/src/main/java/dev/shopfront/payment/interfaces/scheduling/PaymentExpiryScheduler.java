package dev.shopfront.payment.interfaces.scheduling;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.shopfront.payment.application.command.ExpirePaymentsCommand;
import dev.shopfront.payment.application.command.ExpirePaymentsHandler;
import dev.shopfront.payment.application.command.ForgetExpiredKeysCommand;
import dev.shopfront.payment.application.command.ForgetExpiredKeysHandler;

/**
 * Looks for pending payments whose time to pay ran out, and for Idempotency-Keys whose
 * lifetime did.
 */
@Component
class PaymentExpiryScheduler {

	private final ExpirePaymentsHandler expire;

	private final ForgetExpiredKeysHandler forgetKeys;

	PaymentExpiryScheduler(ExpirePaymentsHandler expire, ForgetExpiredKeysHandler forgetKeys) {
		this.expire = expire;
		this.forgetKeys = forgetKeys;
	}

	@Scheduled(fixedDelayString = "${shopfront.payment.expiry-check-interval}")
	void expireUnpaid() {
		this.expire.handle(new ExpirePaymentsCommand(100));
	}

	@Scheduled(fixedDelayString = "${shopfront.payment.expiry-check-interval}")
	void forgetExpiredKeys() {
		this.forgetKeys.handle(new ForgetExpiredKeysCommand(1000));
	}

}
