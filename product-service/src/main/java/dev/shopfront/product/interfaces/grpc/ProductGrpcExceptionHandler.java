package dev.shopfront.product.interfaces.grpc;

import io.grpc.Status;
import io.grpc.StatusException;

import org.springframework.grpc.server.exception.GrpcExceptionHandler;
import org.springframework.stereotype.Component;

import dev.shopfront.product.domain.InsufficientStockException;
import dev.shopfront.product.domain.InvalidProductException;
import dev.shopfront.product.domain.ProductInUseException;
import dev.shopfront.product.domain.ProductNotFoundException;

/**
 * The catalogue's refusals as gRPC statuses; anything else is left to the default
 * (INTERNAL).
 */
@Component
class ProductGrpcExceptionHandler implements GrpcExceptionHandler {

	@Override
	public StatusException handleException(Throwable exception) {
		Status status = statusOf(exception);
		return (status != null) ? status.withDescription(exception.getMessage()).asException() : null;
	}

	private static Status statusOf(Throwable exception) {
		if (exception instanceof ProductNotFoundException) {
			return Status.NOT_FOUND;
		}
		if (exception instanceof InvalidProductException) {
			return Status.INVALID_ARGUMENT;
		}
		if (exception instanceof InsufficientStockException || exception instanceof ProductInUseException) {
			return Status.FAILED_PRECONDITION;
		}
		return null;
	}

}
