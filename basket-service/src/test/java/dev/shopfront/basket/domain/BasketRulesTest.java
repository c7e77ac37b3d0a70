package dev.shopfront.basket.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BasketRulesTest {

	private final UserId user = new UserId("alice");

	@Test
	void totalIsTheExactSumOfSubtotals() {
		Basket basket = new Basket("b1", this.user,
				List.of(new BasketItem(new ProductId(2), "Pen", new BigDecimal("19.99"), "", 3),
						new BasketItem(new ProductId(1), "Ink", new BigDecimal("0.1"), "", 3)),
				null, null);

		assertThat(basket.total()).isEqualByComparingTo("60.27").hasToString("60.27");
		assertThat(basket.items()).extracting(BasketItem::productId)
			.containsExactly(new ProductId(1), new ProductId(2));
	}

	@Test
	void anEmptyBasketTotalsZeroWithTwoDecimals() {
		assertThat(Basket.empty(this.user).total()).hasToString("0.00");
	}

	@Test
	void rejectsUserIdsThatAreNotSafeInKeysAndUrls() {
		assertThatThrownBy(() -> new UserId("a:b")).isInstanceOf(InvalidBasketException.class);
		assertThatThrownBy(() -> new UserId("")).isInstanceOf(InvalidBasketException.class);
		assertThat(new UserId("user_42-x").value()).isEqualTo("user_42-x");
	}

	@Test
	void productIdsArePositiveNumbers() {
		assertThatThrownBy(() -> new ProductId(0)).isInstanceOf(InvalidBasketException.class)
			.hasMessage("product_id must be a positive number, was 0");
		assertThat(new ProductId(12)).hasToString("12");
	}

	@Test
	void quantitiesAreBounded() {
		assertThatThrownBy(() -> Quantity.requirePositive(0)).hasMessageContaining("between 1 and 1000");
		assertThatThrownBy(() -> Quantity.requirePositive(1001)).isInstanceOf(InvalidBasketException.class);
		assertThat(Quantity.requireSettable(0)).isZero();
	}

	@Test
	void aLineIsCappedByStockAndByTheMaximumPerLine() {
		assertThat(product(7).lineCap()).isEqualTo(7);
		assertThat(product(50_000).lineCap()).isEqualTo(Quantity.MAX_PER_LINE);
		assertThat(product(0).lineCap()).isZero();
	}

	@Test
	void refusesALineAboveTheStock() {
		product(3).requireInStock(3);
		assertThatThrownBy(() -> product(3).requireInStock(4)).isInstanceOf(InsufficientStockException.class)
			.hasMessage("only 3 of product 9 in stock, asked for 4");
		assertThat(product(5).lineFull(4, 2)).isInstanceOf(InsufficientStockException.class)
			.hasMessage("only 5 of product 9 available, basket holds 4, asked to add 2");
	}

	private static CatalogProduct product(int stock) {
		return new CatalogProduct(new ProductId(9), "Cup", new BigDecimal("7.50"), "kitchen", stock);
	}

}
