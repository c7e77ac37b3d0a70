package dev.shopfront.payment.interfaces.grpc;

import io.grpc.Status;

import org.springframework.stereotype.Component;

import dev.shopfront.payment.domain.ConcurrentPaymentChangeException;
import dev.shopfront.payment.domain.CurrencyNotAcceptedException;
import dev.shopfront.payment.domain.EmptyBasketException;
import dev.shopfront.payment.domain.IdempotencyKeyReusedException;
import dev.shopfront.payment.domain.IllegalPaymentTransitionException;
import dev.shopfront.payment.domain.InvalidPaymentException;
import dev.shopfront.payment.domain.PaymentNotFoundException;
import dev.shopfront.payment.domain.StockUnavailableException;
import dev.shopfront.platform.grpc.GrpcRefusals;
import dev.shopfront.platform.grpc.client.DependencyUnavailableException;

/**
 * The payment's refusals as gRPC statuses; anything else is left to the default
 * (INTERNAL).
 */
@Component
class PaymentGrpcExceptionHandler extends GrpcRefusals {

	PaymentGrpcExceptionHandler() {
		as(Status.Code.NOT_FOUND, PaymentNotFoundException.class);
		as(Status.Code.INVALID_ARGUMENT, InvalidPaymentException.class, EmptyBasketException.class,
				IdempotencyKeyReusedException.class, CurrencyNotAcceptedException.class);
		as(Status.Code.FAILED_PRECONDITION, IllegalPaymentTransitionException.class, StockUnavailableException.class,
				ConcurrentPaymentChangeException.class);
		as(Status.Code.UNAVAILABLE, DependencyUnavailableException.class);
	}

}
