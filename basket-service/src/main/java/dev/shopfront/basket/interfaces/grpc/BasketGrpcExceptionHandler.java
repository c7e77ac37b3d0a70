package dev.shopfront.basket.interfaces.grpc;

import io.grpc.Status;
import io.grpc.StatusException;

import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.stereotype.Component;

import dev.shopfront.basket.domain.InvalidBasketException;

/**
 * The basket's refusals as gRPC statuses; anything else is left to the default
 * (INTERNAL).
 */
@Component
class BasketGrpcExceptionHandler implements GrpcExceptionHandler {

	@Override
	public StatusException handleException(Throwable exception) {
		Status status = statusOf(exception);
		return (status != null) ? status.withDescription(exception.getMessage()).asException() : null;
	}

	private static Status statusOf(Throwable exception) {
		if (exception instanceof InvalidBasketException) {
			return Status.INVALID_ARGUMENT;
		}
		return null;
	}

}
