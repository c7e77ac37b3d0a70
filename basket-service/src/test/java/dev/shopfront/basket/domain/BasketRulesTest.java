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
		Basket basket = new Basket("b1", this.user, List.of(new BasketItem(2, "Pen", new BigDecimal("19.99"), "", 3),
				new BasketItem(1, "Ink", new BigDecimal("0.1"), "", 3)), null, null);

		assertThat(basket.total()).isEqualByComparingTo("60.27").hasToString("60.27");
		assertThat(basket.items()).extracting(BasketItem::productId).containsExactly(1L, 2L);
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
	void quantitiesAreBounded() {
		assertThatThrownBy(() -> Quantity.requirePositive(0)).hasMessageContaining("between 1 and 1000");
		assertThatThrownBy(() -> Quantity.requirePositive(1001)).isInstanceOf(InvalidBasketException.class);
		assertThat(Quantity.requireSettable(0)).isZero();
	}

}
