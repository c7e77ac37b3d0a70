package dev.shopfront.payment.interfaces.http;

import java.util.List;

import dev.shopfront.payment.application.query.PaymentPage;
import dev.shopfront.payment.application.query.PaymentView;

/**
 * A page of payments and where it sits in the whole result.
 */
record PaymentPageResponse(List<PaymentView> items, int page, int size, long totalElements, int totalPages) {

	static PaymentPageResponse of(PaymentPage page) {
		return new PaymentPageResponse(page.items(), page.page(), page.size(), page.totalElements(), page.totalPages());
	}

}
