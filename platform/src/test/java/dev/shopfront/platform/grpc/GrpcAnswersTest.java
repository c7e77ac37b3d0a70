package dev.shopfront.platform.grpc;

import java.util.ArrayList;
import java.util.List;

import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrpcAnswersTest {

	private final List<String> seen = new ArrayList<>();

	private final StreamObserver<String> responses = new StreamObserver<>() {

		@Override
		public void onNext(String value) {
			GrpcAnswersTest.this.seen.add("next " + value);
		}

		@Override
		public void onError(Throwable error) {
			GrpcAnswersTest.this.seen.add("error");
		}

		@Override
		public void onCompleted() {
			GrpcAnswersTest.this.seen.add("completed");
		}

	};

	@Test
	void sendsTheAnswerThenCompletes() {
		GrpcAnswers.answer(this.responses, () -> "pong");

		assertThat(this.seen).containsExactly("next pong", "completed");
	}

	@Test
	void aRefusalPropagatesToTheExceptionHandlerAndNothingIsSent() {
		assertThatThrownBy(() -> GrpcAnswers.answer(this.responses, () -> {
			throw new IllegalStateException("refused");
		})).hasMessage("refused");
		assertThat(this.seen).isEmpty();
	}

}
