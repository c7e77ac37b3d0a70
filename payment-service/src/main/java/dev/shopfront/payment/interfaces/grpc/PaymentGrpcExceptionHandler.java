package dev.shopfront.payment.interfaces.grpc;

import io.grpc.Status;
import io.grpc.StatusException;

import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.stereotype.Component;

import dev.shopfront.payment.domain.ConcurrentPaymentChangeException;
import dev.shopfront.payment.domain.CurrencyNotAcceptedException;
import dev.shopfront.payment.domain.EmptyBasketException;
import dev.shopfront.payment.domain.IdempotencyKeyReusedException;
import dev.shopfront.payment.domain.IllegalPaymentTransitionException;
import dev.shopfront.payment.domain.InvalidPaymentException;
import dev.shopfront.payment.domain.PaymentNotFoundException;
import dev.shopfront.payment.domain.StockUnavailableException;
import dev.shopfront.platform.grpc.client.DependencyUnavailableException;

/**
 * The payment's refusals as gRPC statuses; anything else is left to the default
 * (INTERNAL).
 */
@Component
class PaymentGrpcExceptionHandler implements GrpcExceptionHandler {

	@Override
	public StatusException handleException(Throwable exception) {
		Status status = statusOf(exception);
		return (status != null) ? status.withDescription(exception.getMessage()).asException() : null;
	}

	private static Status statusOf(Throwable exception) {
		if (exception instanceof PaymentNotFoundException) {
			return Status.NOT_FOUND;
		}
		if (exception instanceof InvalidPaymentException || exception instanceof EmptyBasketException
				|| exception instanceof IdempotencyKeyReusedException
				|| exception instanceof CurrencyNotAcceptedException) {
			return Status.INVALID_ARGUMENT;
		}
		if (exception instanceof IllegalPaymentTransitionException || exception instanceof StockUnavailableException
				|| exception instanceof ConcurrentPaymentChangeException) {
			return Status.FAILED_PRECONDITION;
		}
		if (exception instanceof DependencyUnavailableException) {
			return Status.UNAVAILABLE;
		}
		return null;
	}

}
