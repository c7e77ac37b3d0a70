package dev.shopfront.payment.infrastructure.provider;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.shopfront.payment.domain.PaymentProvider;
import dev.shopfront.payment.domain.PaymentProvider.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MeteredPaymentProviderTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void countsEveryOutcomeFromZero() {
		new MeteredPaymentProvider((payment) -> Outcome.approved("p"), this.meters);

		assertThat(count("approved")).isZero();
		assertThat(count("declined")).isZero();
		assertThat(count("error")).isZero();
	}

	@Test
	void countsApprovalsDeclinesAndErrorsAndPassesTheAnswerOn() {
		Outcome declined = Outcome.declined("card declined");
		PaymentProvider approving = new MeteredPaymentProvider((payment) -> Outcome.approved("p-1"), this.meters);
		PaymentProvider declining = new MeteredPaymentProvider((payment) -> declined, this.meters);
		PaymentProvider failing = new MeteredPaymentProvider((payment) -> {
			throw new IllegalStateException("provider unreachable");
		}, this.meters);

		assertThat(approving.charge(null).providerId()).isEqualTo("p-1");
		approving.charge(null);
		assertThat(declining.charge(null)).isSameAs(declined);
		assertThatIllegalStateException().isThrownBy(() -> failing.charge(null)).withMessage("provider unreachable");

		assertThat(count("approved")).isEqualTo(2);
		assertThat(count("declined")).isEqualTo(1);
		assertThat(count("error")).isEqualTo(1);
	}

	private double count(String outcome) {
		return this.meters.get(MeteredPaymentProvider.NAME).tag("outcome", outcome).counter().count();
	}

}
