package dev.shopfront.payment.domain;

/**
 * Whoever moves the money: approves or declines a charge.
 */
public interface PaymentProvider {

	Outcome charge(Payment payment);

	/** The provider's answer: approved with its reference, or declined with a reason. */
	record Outcome(boolean approved, String providerId, String declineReason) {

		public static Outcome approved(String providerId) {
			return new Outcome(true, providerId, null);
		}

		public static Outcome declined(String reason) {
			return new Outcome(false, null, reason);
		}

	}

}
