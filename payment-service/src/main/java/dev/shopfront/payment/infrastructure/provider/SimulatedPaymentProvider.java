package dev.shopfront.payment.infrastructure.provider;

import java.util.UUID;

import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.PaymentProvider;

/**
 * A deterministic stand-in for a card processor, so every outcome can be driven from
 * outside: it declines when the method is {@value #DECLINED_METHOD} or the amount's cents
 * are .13, and approves everything else with a reference {@code sim_<uuid>}.
 */
public class SimulatedPaymentProvider implements PaymentProvider {

	public static final String DECLINED_METHOD = "declined_card";

	@Override
	public Outcome charge(Payment payment) {
		if (DECLINED_METHOD.equals(payment.method())) {
			return Outcome.declined("card declined by the simulated provider");
		}
		if (payment.amount().remainder(java.math.BigDecimal.ONE).compareTo(new java.math.BigDecimal("0.13")) == 0) {
			return Outcome.declined("amounts ending in .13 are declined by the simulated provider");
		}
		return Outcome.approved("sim_" + UUID.randomUUID());
	}

}
