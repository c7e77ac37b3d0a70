package dev.shopfront.platform.grpc;

import io.grpc.Status;
import io.grpc.StatusException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrpcRefusalsTest {

	static class NotFound extends RuntimeException {

		NotFound(String message) {
			super(message);
		}

	}

	static class Invalid extends IllegalArgumentException {

		Invalid(String message) {
			super(message);
		}

	}

	static class InvalidName extends Invalid {

		InvalidName(String message) {
			super(message);
		}

	}

	private final GrpcRefusals refusals = new GrpcRefusals().as(Status.Code.NOT_FOUND, NotFound.class)
		.as(Status.Code.INVALID_ARGUMENT, Invalid.class);

	@Test
	void answersARefusalWithItsStatusAndMessage() {
		StatusException status = this.refusals.handleException(new NotFound("product 7 does not exist"));

		assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
		assertThat(status.getStatus().getDescription()).isEqualTo("product 7 does not exist");
	}

	@Test
	void aSubclassIsAnsweredAsItsRefusal() {
		assertThat(this.refusals.handleException(new InvalidName("name is blank")).getStatus().getCode())
			.isEqualTo(Status.Code.INVALID_ARGUMENT);
	}

	@Test
	void leavesAnythingElseToTheDefault() {
		assertThat(this.refusals.handleException(new IllegalStateException("a bug"))).isNull();
		assertThat(this.refusals.handleException(new IllegalArgumentException("not listed"))).isNull();
	}

}
