package dev.shopfront.product.interfaces.grpc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.grpc.stub.StreamObserver;

import org.springframework.stereotype.Service;

import dev.shopfront.product.application.command.CreateProductCommand;
import dev.shopfront.product.application.command.CreateProductHandler;
import dev.shopfront.product.application.command.DeleteProductCommand;
import dev.shopfront.product.application.command.DeleteProductHandler;
import dev.shopfront.product.application.command.ReleaseStockCommand;
import dev.shopfront.product.application.command.ReleaseStockHandler;
import dev.shopfront.product.application.command.ReserveStockCommand;
import dev.shopfront.product.application.command.ReserveStockHandler;
import dev.shopfront.product.application.command.UpdateProductCommand;
import dev.shopfront.product.application.command.UpdateProductHandler;
import dev.shopfront.product.application.query.ProductPage;
import dev.shopfront.product.application.query.ProductPageQuery;
import dev.shopfront.product.application.query.ProductQueries;
import dev.shopfront.product.application.query.ProductView;
import dev.shopfront.product.domain.InvalidProductException;
import dev.shopfront.product.domain.ProductId;
import dev.shopfront.product.domain.ProductNotFoundException;
import dev.shopfront.product.domain.Reservation;
import dev.shopfront.product.domain.StockLine;
import dev.shopfront.proto.product.v1.BatchGetProductsRequest;
import dev.shopfront.proto.product.v1.BatchGetProductsResponse;
import dev.shopfront.proto.product.v1.CreateProductRequest;
import dev.shopfront.proto.product.v1.DeleteProductRequest;
import dev.shopfront.proto.product.v1.DeleteProductResponse;
import dev.shopfront.proto.product.v1.GetProductRequest;
import dev.shopfront.proto.product.v1.GetProductsRequest;
import dev.shopfront.proto.product.v1.GetProductsResponse;
import dev.shopfront.proto.product.v1.Product;
import dev.shopfront.proto.product.v1.ProductServiceGrpc;
import dev.shopfront.proto.product.v1.ReleaseStockRequest;
import dev.shopfront.proto.product.v1.ReleaseStockResponse;
import dev.shopfront.proto.product.v1.ReserveStockRequest;
import dev.shopfront.proto.product.v1.ReserveStockResponse;
import dev.shopfront.proto.product.v1.UpdateProductRequest;

import static dev.shopfront.platform.grpc.GrpcAnswers.answer;

/**
 * The catalogue and its stock over gRPC, for the basket and payment services. Domain
 * refusals become gRPC statuses in {@link ProductGrpcExceptionHandler}.
 */
@Service
class ProductGrpcService extends ProductServiceGrpc.ProductServiceImplBase {

	static final int DEFAULT_PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	static final int MAX_BATCH = 500;

	private final CreateProductHandler create;

	private final UpdateProductHandler update;

	private final DeleteProductHandler delete;

	private final ReserveStockHandler reserve;

	private final ReleaseStockHandler release;

	private final ProductQueries queries;

	ProductGrpcService(CreateProductHandler create, UpdateProductHandler update, DeleteProductHandler delete,
			ReserveStockHandler reserve, ReleaseStockHandler release, ProductQueries queries) {
		this.create = create;
		this.update = update;
		this.delete = delete;
		this.reserve = reserve;
		this.release = release;
		this.queries = queries;
	}

	@Override
	public void createProduct(CreateProductRequest request, StreamObserver<Product> responses) {
		answer(responses,
				() -> product(this.create.handle(new CreateProductCommand(ProductMessages.details(request)))));
	}

	@Override
	public void getProduct(GetProductRequest request, StreamObserver<Product> responses) {
		answer(responses, () -> product(new ProductId(request.getId())));
	}

	@Override
	public void getProducts(GetProductsRequest request, StreamObserver<GetProductsResponse> responses) {
		answer(responses, () -> {
			int size = (request.getSize() == 0) ? DEFAULT_PAGE_SIZE : request.getSize();
			if (request.getPage() < 0 || size < 1 || size > MAX_PAGE_SIZE) {
				throw new InvalidProductException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
			}
			ProductPage page = this.queries
				.page(new ProductPageQuery(request.getPage(), size, request.getCategory(), ProductPageQuery.Order.ID));
			return GetProductsResponse.newBuilder()
				.addAllProducts(page.items().stream().map(ProductMessages::toMessage).toList())
				.setPage(page.page())
				.setSize(page.size())
				.setTotalElements(page.totalElements())
				.setTotalPages(page.totalPages())
				.build();
		});
	}

	@Override
	public void batchGetProducts(BatchGetProductsRequest request, StreamObserver<BatchGetProductsResponse> responses) {
		answer(responses, () -> {
			if (request.getIdsCount() > MAX_BATCH) {
				throw new InvalidProductException("at most %d ids per batch".formatted(MAX_BATCH));
			}
			Set<ProductId> missing = request.getIdsList()
				.stream()
				.map(ProductId::new)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			List<ProductView> found = this.queries.byIds(missing);
			found.forEach((view) -> missing.remove(new ProductId(view.id())));
			return BatchGetProductsResponse.newBuilder()
				.addAllProducts(found.stream().map(ProductMessages::toMessage).toList())
				.addAllMissingIds(missing.stream().map(ProductId::value).toList())
				.build();
		});
	}

	@Override
	public void updateProduct(UpdateProductRequest request, StreamObserver<Product> responses) {
		answer(responses, () -> product(this.update
			.handle(new UpdateProductCommand(new ProductId(request.getId()), ProductMessages.details(request)))));
	}

	@Override
	public void deleteProduct(DeleteProductRequest request, StreamObserver<DeleteProductResponse> responses) {
		answer(responses, () -> {
			this.delete.handle(new DeleteProductCommand(new ProductId(request.getId())));
			return DeleteProductResponse.getDefaultInstance();
		});
	}

	@Override
	public void reserveStock(ReserveStockRequest request, StreamObserver<ReserveStockResponse> responses) {
		answer(responses, () -> {
			List<StockLine> lines = request.getLinesList()
				.stream()
				.map((line) -> new StockLine(line.getProductId(), line.getQuantity()))
				.toList();
			boolean reserved = this.reserve
				.handle(new ReserveStockCommand(new Reservation(request.getReservationId(), lines)));
			return ReserveStockResponse.newBuilder()
				.setReservationId(request.getReservationId())
				.setNewlyReserved(reserved)
				.build();
		});
	}

	@Override
	public void releaseStock(ReleaseStockRequest request, StreamObserver<ReleaseStockResponse> responses) {
		answer(responses, () -> {
			if (request.getReservationId().isBlank()) {
				throw new InvalidProductException("reservation_id is required");
			}
			boolean released = this.release.handle(new ReleaseStockCommand(request.getReservationId()));
			return ReleaseStockResponse.newBuilder()
				.setReservationId(request.getReservationId())
				.setReleased(released)
				.build();
		});
	}

	private Product product(ProductId id) {
		return this.queries.byId(id)
			.map(ProductMessages::toMessage)
			.orElseThrow(() -> new ProductNotFoundException(id));
	}

}
