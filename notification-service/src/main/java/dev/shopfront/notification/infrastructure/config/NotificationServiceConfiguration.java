package dev.shopfront.notification.infrastructure.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.shopfront.notification.application.command.BulkCreateNotificationsHandler;
import dev.shopfront.notification.application.command.CleanupNotificationsHandler;
import dev.shopfront.notification.application.command.CreateNotificationHandler;
import dev.shopfront.notification.application.command.DeleteNotificationHandler;
import dev.shopfront.notification.application.command.DeliverDueNotificationsHandler;
import dev.shopfront.notification.application.command.NotificationDelivery;
import dev.shopfront.notification.application.command.NotifyPaymentHandler;
import dev.shopfront.notification.application.command.ReadAllNotificationsHandler;
import dev.shopfront.notification.application.command.ReadNotificationHandler;
import dev.shopfront.notification.application.command.RetryNotificationHandler;
import dev.shopfront.notification.application.command.SendNotificationHandler;
import dev.shopfront.notification.application.command.UpdateNotificationHandler;
import dev.shopfront.notification.application.query.NotificationQueries;
import dev.shopfront.notification.domain.Channel;
import dev.shopfront.notification.domain.NotificationChannels;
import dev.shopfront.notification.domain.Notifications;
import dev.shopfront.notification.domain.RetryPolicy;
import dev.shopfront.notification.infrastructure.channel.InAppSender;
import dev.shopfront.notification.infrastructure.channel.SimulatedSender;
import dev.shopfront.notification.infrastructure.persistence.JdbcNotificationQueries;
import dev.shopfront.notification.infrastructure.persistence.JdbcNotifications;

/**
 * Wires the use cases to their PostgreSQL store and channel senders with plain
 * constructors.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationServiceConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Notifications notifications(JdbcClient jdbc, JsonMapper json) {
		return new JdbcNotifications(jdbc, json);
	}

	@Bean
	NotificationQueries notificationQueries(JdbcClient jdbc, JsonMapper json) {
		return new JdbcNotificationQueries(jdbc, json);
	}

	@Bean
	NotificationChannels notificationChannels(
			@Value("${shopfront.notification.simulated-sender.failing}") boolean failing) {
		return new NotificationChannels(List.of(new InAppSender(), new SimulatedSender(Channel.EMAIL, failing),
				new SimulatedSender(Channel.SMS, failing), new SimulatedSender(Channel.PUSH, failing)));
	}

	@Bean
	RetryPolicy retryPolicy(@Value("${shopfront.notification.retry.attempts}") int attempts,
			@Value("${shopfront.notification.retry.delay}") Duration delay) {
		return new RetryPolicy(attempts, delay);
	}

	@Bean
	NotificationDelivery notificationDelivery(Notifications notifications, NotificationChannels channels,
			RetryPolicy policy, Clock clock) {
		return new NotificationDelivery(notifications, channels, policy, clock);
	}

	@Bean
	CreateNotificationHandler createNotificationHandler(Notifications notifications, NotificationChannels channels,
			NotificationDelivery delivery, Clock clock,
			@Value("${shopfront.notification.default-expiry}") Duration defaultExpiry) {
		return new CreateNotificationHandler(notifications, channels, delivery, clock, defaultExpiry);
	}

	@Bean
	BulkCreateNotificationsHandler bulkCreateNotificationsHandler(CreateNotificationHandler create) {
		return new BulkCreateNotificationsHandler(create);
	}

	@Bean
	UpdateNotificationHandler updateNotificationHandler(Notifications notifications, NotificationChannels channels,
			Clock clock) {
		return new UpdateNotificationHandler(notifications, channels, clock);
	}

	@Bean
	DeleteNotificationHandler deleteNotificationHandler(Notifications notifications) {
		return new DeleteNotificationHandler(notifications);
	}

	@Bean
	SendNotificationHandler sendNotificationHandler(Notifications notifications, NotificationDelivery delivery) {
		return new SendNotificationHandler(notifications, delivery);
	}

	@Bean
	ReadNotificationHandler readNotificationHandler(Notifications notifications, Clock clock) {
		return new ReadNotificationHandler(notifications, clock);
	}

	@Bean
	ReadAllNotificationsHandler readAllNotificationsHandler(Notifications notifications, Clock clock) {
		return new ReadAllNotificationsHandler(notifications, clock);
	}

	@Bean
	RetryNotificationHandler retryNotificationHandler(Notifications notifications, NotificationDelivery delivery,
			Clock clock) {
		return new RetryNotificationHandler(notifications, delivery, clock);
	}

	@Bean
	CleanupNotificationsHandler cleanupNotificationsHandler(Notifications notifications, Clock clock) {
		return new CleanupNotificationsHandler(notifications, clock);
	}

	@Bean
	NotifyPaymentHandler notifyPaymentHandler(Notifications notifications, NotificationDelivery delivery, Clock clock,
			@Value("${shopfront.notification.default-expiry}") Duration defaultExpiry) {
		return new NotifyPaymentHandler(notifications, delivery, clock, defaultExpiry);
	}

	@Bean
	DeliverDueNotificationsHandler deliverDueNotificationsHandler(Notifications notifications,
			NotificationDelivery delivery, Clock clock) {
		return new DeliverDueNotificationsHandler(notifications, delivery, clock);
	}

}
