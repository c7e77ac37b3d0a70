package dev.shopfront.product;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;

import dev.shopfront.proto.product.v1.BatchGetProductsRequest;
import dev.shopfront.proto.product.v1.BatchGetProductsResponse;
import dev.shopfront.proto.product.v1.CreateProductRequest;
import dev.shopfront.proto.product.v1.DeleteProductRequest;
import dev.shopfront.proto.product.v1.GetProductRequest;
import dev.shopfront.proto.product.v1.GetProductsRequest;
import dev.shopfront.proto.product.v1.Product;
import dev.shopfront.proto.product.v1.ReleaseStockRequest;
import dev.shopfront.proto.product.v1.ReserveStockRequest;
import dev.shopfront.proto.product.v1.StockLine;
import dev.shopfront.proto.product.v1.UpdateProductRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductGrpcTest extends ProductServiceIntegrationTest {

	private static ReserveStockRequest reservation(String id, long productId, int quantity) {
		return ReserveStockRequest.newBuilder()
			.setReservationId(id)
			.addLines(StockLine.newBuilder().setProductId(productId).setQuantity(quantity))
			.build();
	}

	private static void assertStatus(Runnable call, Status.Code code, String descriptionPart) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, (ex) -> {
			assertThat(ex.getStatus().getCode()).isEqualTo(code);
			assertThat(ex.getStatus().getDescription()).contains(descriptionPart);
		});
	}

	@Test
	void createGetUpdateDeleteRoundTrip() {
		Product created = grpc().createProduct(CreateProductRequest.newBuilder()
			.setName("Kettle")
			.setPrice("24.5")
			.setStockQuantity(4)
			.setCategory("kitchen")
			.build());
		assertThat(created.getPrice()).isEqualTo("24.50");
		assertThat(grpc().getProduct(GetProductRequest.newBuilder().setId(created.getId()).build()).getName())
			.isEqualTo("Kettle");

		Product updated = grpc().updateProduct(UpdateProductRequest.newBuilder()
			.setId(created.getId())
			.setName("Kettle 2")
			.setPrice("30")
			.setStockQuantity(2)
			.build());
		assertThat(updated.getName()).isEqualTo("Kettle 2");
		assertThat(updated.getStockQuantity()).isEqualTo(2);

		grpc().deleteProduct(DeleteProductRequest.newBuilder().setId(created.getId()).build());
		assertStatus(() -> grpc().getProduct(GetProductRequest.newBuilder().setId(created.getId()).build()),
				Status.Code.NOT_FOUND, "does not exist");
	}

	@Test
	void getProductsPagesAndBatchGetReportsMissingIds() {
		long a = productWithStock(1);
		long b = productWithStock(2);

		BatchGetProductsResponse batch = grpc()
			.batchGetProducts(BatchGetProductsRequest.newBuilder().addIds(a).addIds(b).addIds(987_654_321L).build());
		assertThat(batch.getProductsList()).extracting(Product::getId).containsExactly(a, b);
		assertThat(batch.getMissingIdsList()).containsExactly(987_654_321L);

		assertThat(grpc().getProducts(GetProductsRequest.newBuilder().setSize(1).build()).getProductsCount())
			.isEqualTo(1);
		assertStatus(() -> grpc().getProducts(GetProductsRequest.newBuilder().setSize(1000).build()),
				Status.Code.INVALID_ARGUMENT, "size");
	}

	@Test
	void invalidInputIsInvalidArgument() {
		assertStatus(() -> grpc().getProduct(GetProductRequest.newBuilder().setId(0).build()),
				Status.Code.INVALID_ARGUMENT, "a product id must be a positive number, was 0");
		assertStatus(() -> grpc().batchGetProducts(BatchGetProductsRequest.newBuilder().addIds(-1).build()),
				Status.Code.INVALID_ARGUMENT, "positive number");
		assertStatus(() -> grpc().createProduct(CreateProductRequest.newBuilder().setName("X").setPrice("abc").build()),
				Status.Code.INVALID_ARGUMENT, "price must be a decimal");
		assertStatus(() -> grpc().createProduct(CreateProductRequest.newBuilder().setPrice("1").build()),
				Status.Code.INVALID_ARGUMENT, "name is required");
		assertStatus(() -> grpc().reserveStock(reservation("bad", productWithStock(1), 0)),
				Status.Code.INVALID_ARGUMENT, "must be positive");
		assertStatus(() -> grpc().reserveStock(reservation("missing-product", 987_654_321L, 1)), Status.Code.NOT_FOUND,
				"987654321");
	}

	@Test
	void concurrentReservationsNeverOversell() throws Exception {
		long product = productWithStock(10);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String id = "concurrent-" + product + "-" + i;
			Callable<Boolean> reserve = () -> {
				try {
					return grpc().reserveStock(reservation(id, product, 1)).getNewlyReserved();
				}
				catch (StatusRuntimeException ex) {
					assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
					return false;
				}
			};
			results.add(pool.submit(reserve));
		}
		int succeeded = 0;
		for (Future<Boolean> result : results) {
			succeeded += result.get() ? 1 : 0;
		}
		pool.shutdown();

		assertThat(succeeded).isEqualTo(10);
		assertThat(stockOf(product)).isZero();
	}

	@Test
	void repeatingAReservationIdChangesNothing() {
		long product = productWithStock(5);
		String id = "repeat-" + product;

		assertThat(grpc().reserveStock(reservation(id, product, 2)).getNewlyReserved()).isTrue();
		assertThat(grpc().reserveStock(reservation(id, product, 2)).getNewlyReserved()).isFalse();
		assertThat(stockOf(product)).isEqualTo(3);
	}

	@Test
	void aReservationWithOneShortProductReservesNeither() {
		long plenty = productWithStock(5);
		long scarce = productWithStock(1);
		ReserveStockRequest request = ReserveStockRequest.newBuilder()
			.setReservationId("both-" + plenty)
			.addLines(StockLine.newBuilder().setProductId(plenty).setQuantity(2))
			.addLines(StockLine.newBuilder().setProductId(scarce).setQuantity(2))
			.build();

		assertStatus(() -> grpc().reserveStock(request), Status.Code.FAILED_PRECONDITION, String.valueOf(scarce));
		assertThat(stockOf(plenty)).isEqualTo(5);
		assertThat(stockOf(scarce)).isEqualTo(1);
	}

	@Test
	void releaseGivesUnitsBackOnce() {
		long product = productWithStock(4);
		String id = "release-" + product;
		grpc().reserveStock(reservation(id, product, 3));

		assertThat(grpc().releaseStock(ReleaseStockRequest.newBuilder().setReservationId(id).build()).getReleased())
			.isTrue();
		assertThat(grpc().releaseStock(ReleaseStockRequest.newBuilder().setReservationId(id).build()).getReleased())
			.isFalse();
		assertThat(stockOf(product)).isEqualTo(4);
	}

}
