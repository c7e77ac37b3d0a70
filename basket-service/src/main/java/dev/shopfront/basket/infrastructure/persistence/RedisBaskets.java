package dev.shopfront.basket.infrastructure.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import dev.shopfront.basket.domain.Basket;
import dev.shopfront.basket.domain.BasketItem;
import dev.shopfront.basket.domain.Baskets;
import dev.shopfront.basket.domain.CatalogProduct;
import dev.shopfront.basket.domain.ItemNotInBasketException;
import dev.shopfront.basket.domain.ProductId;
import dev.shopfront.basket.domain.UserId;

/**
 * Baskets in Redis, one hash per user under {@code basket:{user_id}} with the fields
 * {@code id}, {@code created_at}, {@code updated_at} and, per product,
 * {@code qty:{product_id}}, {@code name:{product_id}}, {@code price:{product_id}},
 * {@code category:{product_id}}. Every change is a Lua script, so it is atomic per basket
 * (parallel adds never lose a unit) and refreshes the key's time to live. Markers
 * {@code basket-event:{event_id}} remember the events that cleared a basket.
 */
public class RedisBaskets implements Baskets {

	private static final RedisScript<Long> ADD = script("add-item");

	private static final RedisScript<Long> SET_QUANTITY = script("set-quantity");

	private static final RedisScript<Long> CLEAR = script("clear");

	private static final RedisScript<Long> CREATE = script("create");

	private final StringRedisTemplate redis;

	private final Duration timeToLive;

	private final Duration eventMemory;

	private final Clock clock;

	public RedisBaskets(StringRedisTemplate redis, Duration timeToLive, Duration eventMemory, Clock clock) {
		this.redis = redis;
		this.timeToLive = timeToLive;
		this.eventMemory = eventMemory;
		this.clock = clock;
	}

	static String key(UserId userId) {
		return "basket:" + userId.value();
	}

	@Override
	public Optional<Basket> find(UserId userId) {
		Map<Object, Object> fields = this.redis.opsForHash().entries(key(userId));
		if (fields.isEmpty()) {
			return Optional.empty();
		}
		List<BasketItem> items = new ArrayList<>();
		fields.forEach((field, value) -> {
			String name = (String) field;
			if (name.startsWith("qty:")) {
				String product = name.substring(4);
				items.add(new BasketItem(new ProductId(Long.parseLong(product)), (String) fields.get("name:" + product),
						new BigDecimal((String) fields.get("price:" + product)),
						(String) fields.get("category:" + product), Integer.parseInt((String) value)));
			}
		});
		return Optional.of(new Basket((String) fields.get("id"), userId, items, instant(fields.get("created_at")),
				instant(fields.get("updated_at"))));
	}

	@Override
	public boolean create(UserId userId) {
		return run(CREATE, List.of(key(userId)), UUID.randomUUID().toString(), now(), ttl()) == 1;
	}

	@Override
	public boolean delete(UserId userId) {
		return Boolean.TRUE.equals(this.redis.delete(key(userId)));
	}

	@Override
	public int add(UserId userId, CatalogProduct product, int quantity) {
		long result = run(ADD, List.of(key(userId)), String.valueOf(product.id()), String.valueOf(quantity),
				String.valueOf(product.lineCap()), product.name(), product.price().toPlainString(), product.category(),
				now(), ttl(), UUID.randomUUID().toString());
		if (result < 0) {
			throw product.lineFull((int) (-result - 1), quantity);
		}
		return (int) result;
	}

	@Override
	public void setQuantity(UserId userId, ProductId productId, int quantity) {
		if (run(SET_QUANTITY, List.of(key(userId)), String.valueOf(productId), String.valueOf(quantity), now(),
				ttl()) == 0) {
			throw new ItemNotInBasketException("the basket of user %s has no product %s".formatted(userId, productId));
		}
	}

	@Override
	public void remove(UserId userId, ProductId productId) {
		setQuantity(userId, productId, 0);
	}

	@Override
	public void clear(UserId userId) {
		run(CLEAR, List.of(key(userId), ""), now(), ttl(), String.valueOf(this.eventMemory.toSeconds()));
	}

	@Override
	public boolean clearOnce(UserId userId, String eventId) {
		return run(CLEAR, List.of(key(userId), "basket-event:" + eventId), now(), ttl(),
				String.valueOf(this.eventMemory.toSeconds())) == 1;
	}

	private long run(RedisScript<Long> script, List<String> keys, String... args) {
		Long result = this.redis.execute(script, keys, (Object[]) args);
		return (result != null) ? result : 0;
	}

	private String now() {
		return this.clock.instant().toString();
	}

	private String ttl() {
		return String.valueOf(this.timeToLive.toSeconds());
	}

	private static Instant instant(Object value) {
		return (value != null) ? Instant.parse((String) value) : null;
	}

	// The text, not the resource: a resource-backed script asks the jar whether the file
	// changed before every call.
	private static RedisScript<Long> script(String name) {
		try {
			return RedisScript.of(
					new ClassPathResource("scripts/" + name + ".lua").getContentAsString(StandardCharsets.UTF_8),
					Long.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
