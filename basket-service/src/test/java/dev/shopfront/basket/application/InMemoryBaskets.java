package dev.shopfront.basket.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.shopfront.basket.domain.Basket;
import dev.shopfront.basket.domain.BasketItem;
import dev.shopfront.basket.domain.Baskets;
import dev.shopfront.basket.domain.CatalogProduct;
import dev.shopfront.basket.domain.CheckoutId;
import dev.shopfront.basket.domain.Checkouts;
import dev.shopfront.basket.domain.ItemNotInBasketException;
import dev.shopfront.basket.domain.ProductId;
import dev.shopfront.basket.domain.UserId;

/**
 * Baskets and checkouts in maps, for handler tests: the same contract as the Redis
 * adapters (the cap applied on add, a missing line refused, an event clearing once).
 */
class InMemoryBaskets implements Baskets, Checkouts {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	private final Map<UserId, Map<ProductId, BasketItem>> lines = new HashMap<>();

	private final Set<String> clearingEvents = new HashSet<>();

	private final Map<CheckoutId, UserId> checkouts = new HashMap<>();

	@Override
	public Optional<Basket> find(UserId userId) {
		Map<ProductId, BasketItem> items = this.lines.get(userId);
		return (items != null)
				? Optional.of(new Basket("b-" + userId, userId, new ArrayList<>(items.values()), NOW, NOW))
				: Optional.empty();
	}

	@Override
	public boolean create(UserId userId) {
		return this.lines.putIfAbsent(userId, new LinkedHashMap<>()) == null;
	}

	@Override
	public boolean delete(UserId userId) {
		return this.lines.remove(userId) != null;
	}

	@Override
	public int add(UserId userId, CatalogProduct product, int quantity) {
		Map<ProductId, BasketItem> items = this.lines.computeIfAbsent(userId, (user) -> new LinkedHashMap<>());
		BasketItem line = items.get(product.id());
		int inBasket = (line != null) ? line.quantity() : 0;
		if (inBasket + quantity > product.lineCap()) {
			throw product.lineFull(inBasket, quantity);
		}
		items.put(product.id(),
				new BasketItem(product.id(), product.name(), product.price(), product.category(), inBasket + quantity));
		return inBasket + quantity;
	}

	@Override
	public void setQuantity(UserId userId, ProductId productId, int quantity) {
		Map<ProductId, BasketItem> items = this.lines.getOrDefault(userId, Map.of());
		BasketItem line = items.get(productId);
		if (line == null) {
			throw new ItemNotInBasketException("the basket of user %s has no product %s".formatted(userId, productId));
		}
		if (quantity == 0) {
			items.remove(productId);
		}
		else {
			items.put(productId, new BasketItem(productId, line.name(), line.price(), line.category(), quantity));
		}
	}

	@Override
	public void remove(UserId userId, ProductId productId) {
		setQuantity(userId, productId, 0);
	}

	@Override
	public void clear(UserId userId) {
		Optional.ofNullable(this.lines.get(userId)).ifPresent(Map::clear);
	}

	@Override
	public boolean clearOnce(UserId userId, String eventId) {
		if (!this.clearingEvents.add(eventId)) {
			return false;
		}
		clear(userId);
		return true;
	}

	@Override
	public void remember(CheckoutId checkoutId, UserId userId) {
		this.checkouts.put(checkoutId, userId);
	}

	@Override
	public boolean isCheckoutOf(CheckoutId checkoutId, UserId userId) {
		return userId.equals(this.checkouts.get(checkoutId));
	}

	List<BasketItem> itemsOf(UserId userId) {
		return find(userId).map(Basket::items).orElse(List.of());
	}

}
