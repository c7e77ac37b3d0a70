package dev.shopfront.notification.infrastructure.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.shopfront.notification.domain.Channel;
import dev.shopfront.notification.domain.Delivery;
import dev.shopfront.notification.domain.DeliveryFailedException;
import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationSender;

/**
 * A deterministic stand-in for a mail relay (or an SMS or push gateway), so every outcome
 * can be driven from outside: it refuses every notification of a user whose id starts
 * with {@value #BOUNCING_PREFIX}, and every notification while it is switched to failing
 * ({@code SIMULATED_SENDER_FAILING}); otherwise it logs the message and reports it sent.
 */
public class SimulatedSender implements NotificationSender {

	public static final String BOUNCING_PREFIX = "bounce";

	private static final Logger log = LoggerFactory.getLogger(SimulatedSender.class);

	private final Channel channel;

	private final boolean failing;

	public SimulatedSender(Channel channel, boolean failing) {
		this.channel = channel;
		this.failing = failing;
	}

	@Override
	public Channel channel() {
		return this.channel;
	}

	@Override
	public Delivery send(Notification notification) throws DeliveryFailedException {
		String user = notification.content().userId().value();
		if (this.failing) {
			throw new DeliveryFailedException(
					"the simulated %s sender is switched to failing".formatted(channelName()));
		}
		if (user.startsWith(BOUNCING_PREFIX)) {
			throw new DeliveryFailedException("the simulated %s sender refused user %s (ids starting with '%s' bounce)"
				.formatted(channelName(), user, BOUNCING_PREFIX));
		}
		log.info("Simulated {} to {}: {}", channelName(), user, notification.content().title());
		return Delivery.SENT;
	}

	private String channelName() {
		return this.channel.value();
	}

}
