package dev.shopfront.gateway.ratelimit;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Spring Cloud Gateway's rate-limiter script is a {@code ResourceScriptSource}: before
 * every call it asks the jar whether the Lua file changed, which opened a jar URL per
 * request and cost a third of the gateway's throughput in bench/gateway. A script
 * packaged in a jar never changes, so its text is read once and kept.
 */
public class ScriptReadOnce implements BeanPostProcessor {

	static final String RATE_LIMITER_SCRIPT = "redisRequestRateLimiterScript";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (RATE_LIMITER_SCRIPT.equals(beanName) && bean instanceof RedisScript<?> script) {
			return RedisScript.of(script.getScriptAsString(), script.getResultType());
		}
		return bean;
	}

}
