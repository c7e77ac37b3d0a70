package dev.shopfront.basket.infrastructure.persistence;

import java.time.Duration;

import org.springframework.data.redis.core.StringRedisTemplate;

import dev.shopfront.basket.domain.CheckoutId;
import dev.shopfront.basket.domain.Checkouts;
import dev.shopfront.basket.domain.UserId;

/**
 * Checkouts in Redis: {@code checkout:<payment id>} holds the user id, for as long as
 * basket.cleared event ids are remembered, so an event that waited in the payment
 * service's outbox is still recognised.
 */
public class RedisCheckouts implements Checkouts {

	private final StringRedisTemplate redis;

	private final Duration memory;

	public RedisCheckouts(StringRedisTemplate redis, Duration memory) {
		this.redis = redis;
		this.memory = memory;
	}

	@Override
	public void remember(CheckoutId checkoutId, UserId userId) {
		this.redis.opsForValue().set(key(checkoutId), userId.value(), this.memory);
	}

	@Override
	public boolean isCheckoutOf(CheckoutId checkoutId, UserId userId) {
		return userId.value().equals(this.redis.opsForValue().get(key(checkoutId)));
	}

	private static String key(CheckoutId checkoutId) {
		return "checkout:" + checkoutId.value();
	}

}
