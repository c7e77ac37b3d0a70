package dev.shopfront.basket.interfaces.grpc;

import io.grpc.Status;

import org.springframework.stereotype.Component;

import dev.shopfront.basket.domain.InvalidBasketException;
import dev.shopfront.platform.grpc.GrpcRefusals;

/**
 * The basket's refusals as gRPC statuses; anything else is left to the default
 * (INTERNAL).
 */
@Component
class BasketGrpcExceptionHandler extends GrpcRefusals {

	BasketGrpcExceptionHandler() {
		as(Status.Code.INVALID_ARGUMENT, InvalidBasketException.class);
	}

}
