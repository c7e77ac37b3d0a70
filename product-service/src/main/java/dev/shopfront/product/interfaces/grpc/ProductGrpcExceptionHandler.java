package dev.shopfront.product.interfaces.grpc;

import io.grpc.Status;

import org.springframework.stereotype.Component;

import dev.shopfront.platform.grpc.GrpcRefusals;
import dev.shopfront.product.domain.InsufficientStockException;
import dev.shopfront.product.domain.InvalidProductException;
import dev.shopfront.product.domain.ProductInUseException;
import dev.shopfront.product.domain.ProductNotFoundException;

/**
 * The catalogue's refusals as gRPC statuses; anything else is left to the default
 * (INTERNAL).
 */
@Component
class ProductGrpcExceptionHandler extends GrpcRefusals {

	ProductGrpcExceptionHandler() {
		as(Status.Code.NOT_FOUND, ProductNotFoundException.class);
		as(Status.Code.INVALID_ARGUMENT, InvalidProductException.class);
		as(Status.Code.FAILED_PRECONDITION, InsufficientStockException.class, ProductInUseException.class);
	}

}
