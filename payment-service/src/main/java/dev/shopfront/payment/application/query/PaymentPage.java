package dev.shopfront.payment.application.query;

import java.util.List;

/**
 * One page of payments and where it sits in the whole result.
 */
public record PaymentPage(List<PaymentView> items, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
