package dev.shopfront.basket.application;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.shopfront.basket.application.command.AddItemCommand;
import dev.shopfront.basket.application.command.AddItemHandler;
import dev.shopfront.basket.application.command.ApplyBasketClearedCommand;
import dev.shopfront.basket.application.command.ApplyBasketClearedHandler;
import dev.shopfront.basket.application.command.CreateBasketCommand;
import dev.shopfront.basket.application.command.CreateBasketHandler;
import dev.shopfront.basket.application.command.RememberCheckoutCommand;
import dev.shopfront.basket.application.command.RememberCheckoutHandler;
import dev.shopfront.basket.application.command.SetItemQuantityCommand;
import dev.shopfront.basket.application.command.SetItemQuantityHandler;
import dev.shopfront.basket.domain.BasketAlreadyExistsException;
import dev.shopfront.basket.domain.BasketItem;
import dev.shopfront.basket.domain.CatalogProduct;
import dev.shopfront.basket.domain.CheckoutId;
import dev.shopfront.basket.domain.InsufficientStockException;
import dev.shopfront.basket.domain.ItemNotInBasketException;
import dev.shopfront.basket.domain.ProductCatalog;
import dev.shopfront.basket.domain.ProductId;
import dev.shopfront.basket.domain.UnknownCheckoutException;
import dev.shopfront.basket.domain.UnknownProductException;
import dev.shopfront.basket.domain.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each basket command handler on its own, with the ports as plain objects: no Spring, no
 * Redis, no product service.
 */
class BasketHandlersTest {

	private static final UserId ANN = new UserId("ann");

	private final InMemoryBaskets baskets = new InMemoryBaskets();

	private final Map<ProductId, CatalogProduct> products = new HashMap<>();

	private final ProductCatalog catalog = (id) -> Optional.ofNullable(this.products.get(id));

	private CatalogProduct product(long id, String price, int stock) {
		CatalogProduct product = new CatalogProduct(new ProductId(id), "Product " + id, new BigDecimal(price),
				"kitchen", stock);
		this.products.put(product.id(), product);
		return product;
	}

	@Test
	void addsAtTheCataloguesPriceUpToTheStock() {
		product(1, "4.50", 5);
		AddItemHandler add = new AddItemHandler(this.baskets, this.catalog);

		assertThat(add.handle(new AddItemCommand(ANN, new ProductId(1), 3))).isEqualTo(3);
		assertThat(add.handle(new AddItemCommand(ANN, new ProductId(1), 2))).isEqualTo(5);
		assertThatThrownBy(() -> add.handle(new AddItemCommand(ANN, new ProductId(1), 1)))
			.isInstanceOf(InsufficientStockException.class)
			.hasMessage("only 5 of product 1 available, basket holds 5, asked to add 1");
		assertThat(this.baskets.itemsOf(ANN)).extracting(BasketItem::quantity, BasketItem::price)
			.containsExactly(tuple(5, new BigDecimal("4.50")));
	}

	@Test
	void refusesToAddAProductTheCatalogueDoesNotHave() {
		AddItemHandler add = new AddItemHandler(this.baskets, this.catalog);

		assertThatThrownBy(() -> add.handle(new AddItemCommand(ANN, new ProductId(404), 1)))
			.isInstanceOf(UnknownProductException.class);
		assertThat(this.baskets.find(ANN)).isEmpty();
	}

	@Test
	void setsAQuantityWithinTheStockAndZeroRemovesTheLine() {
		product(2, "1.00", 3);
		new AddItemHandler(this.baskets, this.catalog).handle(new AddItemCommand(ANN, new ProductId(2), 1));
		SetItemQuantityHandler set = new SetItemQuantityHandler(this.baskets, this.catalog);

		set.handle(new SetItemQuantityCommand(ANN, new ProductId(2), 3));
		assertThat(this.baskets.itemsOf(ANN)).extracting(BasketItem::quantity).containsExactly(3);
		assertThatThrownBy(() -> set.handle(new SetItemQuantityCommand(ANN, new ProductId(2), 4)))
			.isInstanceOf(InsufficientStockException.class);
		set.handle(new SetItemQuantityCommand(ANN, new ProductId(2), 0));
		assertThat(this.baskets.itemsOf(ANN)).isEmpty();
		assertThatThrownBy(() -> set.handle(new SetItemQuantityCommand(ANN, new ProductId(2), 0)))
			.isInstanceOf(ItemNotInBasketException.class);
	}

	@Test
	void createsABasketOnce() {
		CreateBasketHandler create = new CreateBasketHandler(this.baskets);

		create.handle(new CreateBasketCommand(ANN));
		assertThatThrownBy(() -> create.handle(new CreateBasketCommand(ANN)))
			.isInstanceOf(BasketAlreadyExistsException.class);
	}

	@Test
	void clearsOnlyForThePaymentThatCheckedTheBasketOutAndOnlyOncePerEvent() {
		product(3, "2.00", 10);
		AddItemHandler add = new AddItemHandler(this.baskets, this.catalog);
		add.handle(new AddItemCommand(ANN, new ProductId(3), 2));
		CheckoutId payment = new CheckoutId("pay-1");
		ApplyBasketClearedHandler apply = new ApplyBasketClearedHandler(this.baskets, this.baskets);

		assertThatThrownBy(() -> apply.handle(new ApplyBasketClearedCommand("e-1", ANN, payment)))
			.isInstanceOf(UnknownCheckoutException.class);
		assertThat(this.baskets.itemsOf(ANN)).hasSize(1);

		new RememberCheckoutHandler(this.baskets).handle(new RememberCheckoutCommand(payment, ANN));
		assertThat(apply.handle(new ApplyBasketClearedCommand("e-1", ANN, payment))).isTrue();
		assertThat(this.baskets.itemsOf(ANN)).isEmpty();

		add.handle(new AddItemCommand(ANN, new ProductId(3), 1));
		assertThat(apply.handle(new ApplyBasketClearedCommand("e-1", ANN, payment))).isFalse();
		assertThat(this.baskets.itemsOf(ANN)).hasSize(1);
	}

}
