package dev.shopfront.product.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductRulesTest {

	@Test
	void normalisesPriceToTwoDecimals() {
		ProductDetails details = new ProductDetails(" Mug ", null, new BigDecimal("4.5"), 3, null, null);

		assertThat(details.price()).isEqualByComparingTo("4.50").hasToString("4.50");
		assertThat(details.name()).isEqualTo("Mug");
		assertThat(details.category()).isEmpty();
	}

	@Test
	void rejectsMoreThanTwoDecimals() {
		assertThatThrownBy(() -> new ProductDetails("Mug", "", new BigDecimal("4.505"), 1, "", ""))
			.isInstanceOf(InvalidProductException.class)
			.hasMessage("price must have at most two decimals");
	}

	@Test
	void acceptsTrailingZerosBeyondTwoDecimals() {
		assertThat(new ProductDetails("Mug", "", new BigDecimal("4.500"), 1, "", "").price()).hasToString("4.50");
	}

	@Test
	void rejectsNegativePriceBlankNameAndNegativeStock() {
		assertThatThrownBy(() -> new ProductDetails("Mug", "", new BigDecimal("-0.01"), 1, "", ""))
			.hasMessage("price must be zero or more");
		assertThatThrownBy(() -> new ProductDetails("  ", "", BigDecimal.ONE, 1, "", ""))
			.hasMessage("name is required");
		assertThatThrownBy(() -> new ProductDetails("Mug", "", BigDecimal.ONE, -1, "", ""))
			.hasMessage("stock_quantity must be zero or more");
	}

	@Test
	void productIdIsAPositiveNumber() {
		assertThat(new ProductId(7)).hasToString("7").isEqualTo(new ProductId(7));
		assertThatThrownBy(() -> new ProductId(0)).isInstanceOf(InvalidProductException.class)
			.hasMessage("a product id must be a positive number, was 0");
		assertThatThrownBy(() -> new StockLine(-3, 1)).isInstanceOf(InvalidProductException.class);
	}

	@Test
	void reservationMergesLinesOfTheSameProductInProductOrder() {
		Reservation reservation = new Reservation("pay-1",
				List.of(new StockLine(9, 1), new StockLine(2, 2), new StockLine(9, 3)));

		assertThat(reservation.lines()).containsExactly(new StockLine(2, 2), new StockLine(9, 4));
	}

	@Test
	void reservationNeedsAnIdAndLines() {
		assertThatThrownBy(() -> new Reservation(" ", List.of(new StockLine(1, 1))))
			.isInstanceOf(InvalidProductException.class);
		assertThatThrownBy(() -> new Reservation("pay-1", List.of())).isInstanceOf(InvalidProductException.class);
		assertThatThrownBy(() -> new StockLine(1, 0)).isInstanceOf(InvalidProductException.class);
	}

}
