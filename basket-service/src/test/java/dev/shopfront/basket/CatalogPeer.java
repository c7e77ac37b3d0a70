package dev.shopfront.basket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;

import dev.shopfront.localstack.Ports;
import dev.shopfront.proto.product.v1.GetProductRequest;
import dev.shopfront.proto.product.v1.Product;
import dev.shopfront.proto.product.v1.ProductServiceGrpc;

/**
 * A real gRPC product service on a fixed local port, serving a small catalogue the tests
 * control. It is the basket service's peer, not an engine: it can be stopped and started
 * again to play an outage.
 */
final class CatalogPeer extends ProductServiceGrpc.ProductServiceImplBase {

	static final CatalogPeer INSTANCE = new CatalogPeer(Ports.free());

	private final int port;

	private final Map<Long, Product> products = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(1000);

	private final AtomicInteger calls = new AtomicInteger();

	private Server server;

	private CatalogPeer(int port) {
		this.port = port;
	}

	String address() {
		return "localhost:" + this.port;
	}

	long add(String name, String price, String category, int stock) {
		long id = this.ids.incrementAndGet();
		this.products.put(id,
				Product.newBuilder()
					.setId(id)
					.setName(name)
					.setPrice(price)
					.setCategory(category)
					.setStockQuantity(stock)
					.build());
		return id;
	}

	int calls() {
		return this.calls.get();
	}

	synchronized void start() {
		if (this.server == null) {
			try {
				this.server = NettyServerBuilder.forPort(this.port).addService(this).build().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	synchronized void stop() throws InterruptedException {
		if (this.server != null) {
			this.server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
			this.server = null;
		}
	}

	@Override
	public void getProduct(GetProductRequest request, StreamObserver<Product> responses) {
		this.calls.incrementAndGet();
		Product product = this.products.get(request.getId());
		if (product == null) {
			responses.onError(Status.NOT_FOUND.withDescription("product %d does not exist".formatted(request.getId()))
				.asRuntimeException());
			return;
		}
		responses.onNext(product);
		responses.onCompleted();
	}

}
