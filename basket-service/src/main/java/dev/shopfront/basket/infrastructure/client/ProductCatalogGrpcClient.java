package dev.shopfront.basket.infrastructure.client;

import java.math.BigDecimal;
import java.util.Optional;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import dev.shopfront.basket.domain.CatalogProduct;
import dev.shopfront.basket.domain.ProductCatalog;
import dev.shopfront.basket.domain.ProductId;
import dev.shopfront.platform.grpc.client.GrpcClients;
import dev.shopfront.platform.grpc.client.GrpcPeer;
import dev.shopfront.proto.product.v1.GetProductRequest;
import dev.shopfront.proto.product.v1.Product;
import dev.shopfront.proto.product.v1.ProductServiceGrpc;

/**
 * The catalogue through the product service's gRPC API: a read, so it is retried as
 * idempotent, under a deadline and behind the circuit breaker of the {@value #PEER} peer.
 */
public class ProductCatalogGrpcClient implements ProductCatalog {

	static final String PEER = "product";

	private final GrpcPeer<ProductServiceGrpc.ProductServiceBlockingStub> product;

	public ProductCatalogGrpcClient(GrpcClients clients) {
		this.product = clients.peer(PEER, ProductServiceGrpc::newBlockingStub);
	}

	@Override
	public Optional<CatalogProduct> find(ProductId productId) {
		try {
			Product product = this.product
				.idempotent((stub) -> stub.getProduct(GetProductRequest.newBuilder().setId(productId.value()).build()));
			return Optional.of(new CatalogProduct(new ProductId(product.getId()), product.getName(),
					new BigDecimal(product.getPrice()), product.getCategory(), product.getStockQuantity()));
		}
		catch (StatusRuntimeException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
