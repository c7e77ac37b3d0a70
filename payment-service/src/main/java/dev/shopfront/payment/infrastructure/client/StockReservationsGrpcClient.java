package dev.shopfront.payment.infrastructure.client;

import java.util.List;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import dev.shopfront.payment.domain.PaymentId;
import dev.shopfront.payment.domain.PaymentItem;
import dev.shopfront.payment.domain.StockReservations;
import dev.shopfront.payment.domain.StockUnavailableException;
import dev.shopfront.platform.grpc.client.GrpcClients;
import dev.shopfront.platform.grpc.client.GrpcPeer;
import dev.shopfront.proto.product.v1.ProductServiceGrpc;
import dev.shopfront.proto.product.v1.ReleaseStockRequest;
import dev.shopfront.proto.product.v1.ReserveStockRequest;
import dev.shopfront.proto.product.v1.StockLine;

/**
 * Stock reservations through the product service's gRPC API. ReserveStock and
 * ReleaseStock change state but are keyed by the reservation id (the payment id): a
 * repeated call takes or gives back nothing twice, so both are retried as idempotent.
 */
public class StockReservationsGrpcClient implements StockReservations {

	static final String PEER = "product";

	private final GrpcPeer<ProductServiceGrpc.ProductServiceBlockingStub> product;

	public StockReservationsGrpcClient(GrpcClients clients) {
		this.product = clients.peer(PEER, ProductServiceGrpc::newBlockingStub);
	}

	@Override
	public void reserve(PaymentId paymentId, List<PaymentItem> items) {
		ReserveStockRequest request = ReserveStockRequest.newBuilder()
			.setReservationId(paymentId.value())
			.addAllLines(items.stream()
				.map((item) -> StockLine.newBuilder()
					.setProductId(item.productId().value())
					.setQuantity(item.quantity())
					.build())
				.toList())
			.build();
		try {
			this.product.idempotent((stub) -> stub.reserveStock(request));
		}
		catch (StatusRuntimeException ex) {
			Status.Code code = ex.getStatus().getCode();
			if (code == Status.Code.FAILED_PRECONDITION || code == Status.Code.NOT_FOUND) {
				throw new StockUnavailableException(ex.getStatus().getDescription());
			}
			throw ex;
		}
	}

	@Override
	public void release(PaymentId paymentId) {
		this.product.idempotent((stub) -> stub
			.releaseStock(ReleaseStockRequest.newBuilder().setReservationId(paymentId.value()).build()));
	}

}
