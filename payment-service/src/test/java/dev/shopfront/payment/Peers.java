package dev.shopfront.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;

import dev.shopfront.localstack.Ports;
import dev.shopfront.proto.basket.v1.Basket;
import dev.shopfront.proto.common.v1.LineItem;
import dev.shopfront.proto.basket.v1.BasketServiceGrpc;
import dev.shopfront.proto.basket.v1.GetBasketRequest;
import dev.shopfront.proto.product.v1.ProductServiceGrpc;
import dev.shopfront.proto.product.v1.ReleaseStockRequest;
import dev.shopfront.proto.product.v1.ReleaseStockResponse;
import dev.shopfront.proto.product.v1.ReserveStockRequest;
import dev.shopfront.proto.product.v1.ReserveStockResponse;
import dev.shopfront.proto.product.v1.StockLine;

/**
 * The payment service's real gRPC peers on one local port: a basket service whose baskets
 * the tests fill, and a product service that reserves stock all-or-nothing under a lock,
 * so concurrency tests are meaningful.
 */
final class Peers {

	static final Peers INSTANCE = new Peers(Ports.free());

	final Baskets baskets = new Baskets();

	final Stock stock = new Stock();

	/**
	 * The W3C traceparent each call arrived with (method name, value), in arrival order.
	 */
	final Queue<Map.Entry<String, String>> traceParents = new ConcurrentLinkedQueue<>();

	private final int port;

	private Server server;

	private Peers(int port) {
		this.port = port;
	}

	String address() {
		return "localhost:" + this.port;
	}

	synchronized void start() {
		if (this.server == null) {
			try {
				this.server = NettyServerBuilder.forPort(this.port)
					.addService(ServerInterceptors.intercept(this.baskets, new TraceParents()))
					.addService(ServerInterceptors.intercept(this.stock, new TraceParents()))
					.build()
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private final class TraceParents implements ServerInterceptor {

		private static final Metadata.Key<String> TRACEPARENT = Metadata.Key.of("traceparent",
				Metadata.ASCII_STRING_MARSHALLER);

		@Override
		public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
				ServerCallHandler<Q, R> next) {
			String value = headers.get(TRACEPARENT);
			if (value != null) {
				Peers.this.traceParents.add(Map.entry(call.getMethodDescriptor().getFullMethodName(), value));
			}
			return next.startCall(call, headers);
		}

	}

	static final class Baskets extends BasketServiceGrpc.BasketServiceImplBase {

		private final Map<String, List<LineItem>> items = new ConcurrentHashMap<>();

		void put(String userId, long productId, String name, String price, int quantity) {
			BigDecimal subtotal = new BigDecimal(price).multiply(BigDecimal.valueOf(quantity));
			this.items.computeIfAbsent(userId, (key) -> new ArrayList<>())
				.add(LineItem.newBuilder()
					.setProductId(productId)
					.setName(name)
					.setPrice(price)
					.setQuantity(quantity)
					.setSubtotal(subtotal.toPlainString())
					.setCategory("test")
					.build());
		}

		@Override
		public void getBasket(GetBasketRequest request, StreamObserver<Basket> responses) {
			List<LineItem> lines = this.items.getOrDefault(request.getUserId(), List.of());
			BigDecimal total = lines.stream()
				.map((line) -> new BigDecimal(line.getSubtotal()))
				.reduce(new BigDecimal("0.00"), BigDecimal::add);
			responses.onNext(Basket.newBuilder()
				.setId(lines.isEmpty() ? "" : "basket-" + request.getUserId())
				.setUserId(request.getUserId())
				.addAllItems(lines)
				.setTotal(total.toPlainString())
				.build());
			responses.onCompleted();
		}

	}

	static final class Stock extends ProductServiceGrpc.ProductServiceImplBase {

		private final Map<Long, Integer> available = new HashMap<>();

		private final Map<String, List<StockLine>> reservations = new HashMap<>();

		synchronized void set(long productId, int quantity) {
			this.available.put(productId, quantity);
		}

		synchronized int of(long productId) {
			return this.available.getOrDefault(productId, 0);
		}

		synchronized boolean holds(String reservationId) {
			return this.reservations.containsKey(reservationId);
		}

		@Override
		public synchronized void reserveStock(ReserveStockRequest request,
				StreamObserver<ReserveStockResponse> responses) {
			if (this.reservations.containsKey(request.getReservationId())) {
				responses.onNext(ReserveStockResponse.newBuilder().setNewlyReserved(false).build());
				responses.onCompleted();
				return;
			}
			for (StockLine line : request.getLinesList()) {
				Integer stock = this.available.get(line.getProductId());
				if (stock == null) {
					responses.onError(
							Status.NOT_FOUND.withDescription("product %d does not exist".formatted(line.getProductId()))
								.asRuntimeException());
					return;
				}
				if (stock < line.getQuantity()) {
					responses.onError(Status.FAILED_PRECONDITION
						.withDescription("not enough stock for product(s) " + line.getProductId())
						.asRuntimeException());
					return;
				}
			}
			request.getLinesList()
				.forEach((line) -> this.available.merge(line.getProductId(), -line.getQuantity(), Integer::sum));
			this.reservations.put(request.getReservationId(), request.getLinesList());
			responses.onNext(ReserveStockResponse.newBuilder()
				.setReservationId(request.getReservationId())
				.setNewlyReserved(true)
				.build());
			responses.onCompleted();
		}

		@Override
		public synchronized void releaseStock(ReleaseStockRequest request,
				StreamObserver<ReleaseStockResponse> responses) {
			List<StockLine> lines = this.reservations.remove(request.getReservationId());
			if (lines != null) {
				lines.forEach((line) -> this.available.merge(line.getProductId(), line.getQuantity(), Integer::sum));
			}
			responses.onNext(ReleaseStockResponse.newBuilder().setReleased(lines != null).build());
			responses.onCompleted();
		}

	}

}
