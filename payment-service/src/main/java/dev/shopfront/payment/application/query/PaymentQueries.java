package dev.shopfront.payment.application.query;

import java.util.Optional;

import dev.shopfront.payment.domain.PaymentStatus;
import dev.shopfront.payment.domain.UserId;

/**
 * Read-only views of payments, newest first. Never changes state.
 */
public interface PaymentQueries {

	Optional<PaymentView> byId(String id);

	/** All payments, or those in one status when it is given. */
	PaymentPage page(PaymentStatus status, int page, int size);

	PaymentPage ofUser(UserId userId, int page, int size);

}
