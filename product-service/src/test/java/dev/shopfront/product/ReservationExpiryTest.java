package dev.shopfront.product;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.shopfront.proto.product.v1.ReserveStockRequest;
import dev.shopfront.proto.product.v1.StockLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reservation nobody settles (a made-up id, a checkout whose payment service lost it)
 * gives its units back once it is older than RESERVATION_TTL (30m by default), so stock
 * cannot be blocked for good, and the product can be deleted again.
 */
class ReservationExpiryTest extends ProductServiceIntegrationTest {

	private String reserve(long product, int quantity) {
		String id = "made-up-" + UUID.randomUUID();
		grpc().reserveStock(ReserveStockRequest.newBuilder()
			.setReservationId(id)
			.addLines(StockLine.newBuilder().setProductId(product).setQuantity(quantity))
			.build());
		return id;
	}

	private void age(String reservationId, Duration by) {
		this.jdbc.sql("""
				UPDATE stock_reservations SET created_at = created_at - make_interval(secs => :seconds)
				WHERE reservation_id = :id""").param("seconds", by.toSeconds()).param("id", reservationId).update();
	}

	private String stateOf(String reservationId) {
		return this.jdbc.sql("SELECT state FROM stock_reservations WHERE reservation_id = :id")
			.param("id", reservationId)
			.query(String.class)
			.single();
	}

	@Test
	void aReservationHeldLongerThanItsTimeToLiveIsReleasedAndAYoungerOneIsNot() {
		long product = productWithStock(10);
		String stale = reserve(product, 7);
		String fresh = reserve(product, 2);
		assertThat(stockOf(product)).isEqualTo(1);

		age(stale, Duration.ofMinutes(31));
		age(fresh, Duration.ofMinutes(29));

		await().atMost(Duration.ofSeconds(20)).until(() -> stockOf(product) == 8);
		assertThat(stateOf(stale)).isEqualTo("RELEASED");
		assertThat(stateOf(fresh)).isEqualTo("HELD");
	}

}
