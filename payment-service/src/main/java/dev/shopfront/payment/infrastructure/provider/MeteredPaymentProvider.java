package dev.shopfront.payment.infrastructure.provider;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import dev.shopfront.payment.domain.Payment;
import dev.shopfront.payment.domain.PaymentProvider;

/**
 * Counts every charge by outcome ({@code approved}, {@code declined}, {@code error}) as
 * {@code payment_charges_total}, so the failure ratio can be alerted on. The counters
 * exist from the start, at zero, so a rule that divides by them has a series to read
 * before the first payment.
 */
public class MeteredPaymentProvider implements PaymentProvider {

	static final String NAME = "payment.charges";

	private final PaymentProvider provider;

	private final Counter approved;

	private final Counter declined;

	private final Counter errors;

	public MeteredPaymentProvider(PaymentProvider provider, MeterRegistry meters) {
		this.provider = provider;
		this.approved = counter(meters, "approved");
		this.declined = counter(meters, "declined");
		this.errors = counter(meters, "error");
	}

	@Override
	public Outcome charge(Payment payment) {
		Outcome outcome;
		try {
			outcome = this.provider.charge(payment);
		}
		catch (RuntimeException ex) {
			this.errors.increment();
			throw ex;
		}
		(outcome.approved() ? this.approved : this.declined).increment();
		return outcome;
	}

	private static Counter counter(MeterRegistry meters, String outcome) {
		return Counter.builder(NAME)
			.tag("outcome", outcome)
			.description("Charges sent to the payment provider, by outcome")
			.register(meters);
	}

}
