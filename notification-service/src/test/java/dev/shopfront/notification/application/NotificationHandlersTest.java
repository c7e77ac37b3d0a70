package dev.shopfront.notification.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.shopfront.notification.application.command.BulkCreateNotificationsCommand;
import dev.shopfront.notification.application.command.BulkCreateNotificationsHandler;
import dev.shopfront.notification.application.command.CreateNotificationCommand;
import dev.shopfront.notification.application.command.CreateNotificationHandler;
import dev.shopfront.notification.application.command.DeliverDueNotificationsCommand;
import dev.shopfront.notification.application.command.DeliverDueNotificationsHandler;
import dev.shopfront.notification.application.command.NotificationDelivery;
import dev.shopfront.notification.application.command.NotifyPaymentCommand;
import dev.shopfront.notification.application.command.NotifyPaymentHandler;
import dev.shopfront.notification.application.command.ReadAllNotificationsCommand;
import dev.shopfront.notification.application.command.ReadAllNotificationsHandler;
import dev.shopfront.notification.application.command.RetryNotificationCommand;
import dev.shopfront.notification.application.command.RetryNotificationHandler;
import dev.shopfront.notification.domain.Channel;
import dev.shopfront.notification.domain.Delivery;
import dev.shopfront.notification.domain.DeliveryFailedException;
import dev.shopfront.notification.domain.IllegalNotificationTransitionException;
import dev.shopfront.notification.domain.InvalidNotificationException;
import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationChannels;
import dev.shopfront.notification.domain.NotificationContent;
import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.NotificationSender;
import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.NotificationType;
import dev.shopfront.notification.domain.PaymentNotice;
import dev.shopfront.notification.domain.RetryPolicy;
import dev.shopfront.notification.domain.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each command handler on its own, with the store in memory, a clock that moves only when
 * told and an e-mail sender that refuses while {@link #emailRefusals} is positive.
 */
class NotificationHandlersTest {

	private final InMemoryNotifications notifications = new InMemoryNotifications();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));

	private final AtomicInteger emailRefusals = new AtomicInteger();

	private final NotificationChannels channels = new NotificationChannels(
			List.of(sender(Channel.IN_APP, Delivery.DELIVERED), sender(Channel.EMAIL, Delivery.SENT)));

	private final NotificationDelivery delivery = new NotificationDelivery(this.notifications, this.channels,
			new RetryPolicy(3, Duration.ofSeconds(5)), this.clock);

	private final CreateNotificationHandler create = new CreateNotificationHandler(this.notifications, this.channels,
			this.delivery, this.clock, Duration.ofDays(30));

	private NotificationSender sender(Channel channel, Delivery outcome) {
		return new NotificationSender() {
			@Override
			public Channel channel() {
				return channel;
			}

			@Override
			public Delivery send(Notification notification) throws DeliveryFailedException {
				if (channel == Channel.EMAIL && NotificationHandlersTest.this.emailRefusals.getAndDecrement() > 0) {
					throw new DeliveryFailedException("relay busy");
				}
				return outcome;
			}
		};
	}

	private static NotificationContent content(String user, Channel channel) {
		return new NotificationContent(new UserId(user), "T", "M", NotificationType.ORDER, null, channel, null, null);
	}

	@Test
	void createDeliversAnInAppNotificationAtOnceWithTheDefaultExpiry() {
		NotificationId id = this.create.handle(new CreateNotificationCommand(content("alice", null), null, null));

		Notification stored = this.notifications.get(id);
		assertThat(stored.status()).isEqualTo(NotificationStatus.DELIVERED);
		assertThat(stored.snapshot().expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(30)));
	}

	@Test
	void createSucceedsWhenTheScheduledDeliveryTookTheNotificationMeanwhile() {
		AtomicBoolean scheduledFirst = new AtomicBoolean();
		NotificationDelivery[] scheduled = new NotificationDelivery[1];
		NotificationSender racing = new NotificationSender() {
			@Override
			public Channel channel() {
				return Channel.IN_APP;
			}

			@Override
			public Delivery send(Notification notification) {
				if (scheduledFirst.compareAndSet(false, true)) {
					scheduled[0].attempt(NotificationHandlersTest.this.notifications.get(notification.id()));
				}
				return Delivery.DELIVERED;
			}
		};
		NotificationChannels channels = new NotificationChannels(List.of(racing));
		scheduled[0] = new NotificationDelivery(this.notifications, channels, new RetryPolicy(3, Duration.ZERO),
				this.clock);
		CreateNotificationHandler racingCreate = new CreateNotificationHandler(this.notifications, channels,
				scheduled[0], this.clock, Duration.ofDays(30));

		NotificationId id = racingCreate.handle(new CreateNotificationCommand(content("alice", null), null, null));

		assertThat(scheduledFirst).isTrue();
		assertThat(this.notifications.get(id).status()).isEqualTo(NotificationStatus.DELIVERED);
	}

	@Test
	void createRefusesAChannelWithoutASender() {
		assertThatThrownBy(
				() -> this.create.handle(new CreateNotificationCommand(content("alice", Channel.SMS), null, null)))
			.isInstanceOf(InvalidNotificationException.class)
			.hasMessage("channel sms is not available");
	}

	@Test
	void aScheduledNotificationIsSentByTheDueHandlerOnlyWhenItsTimeComes() {
		DeliverDueNotificationsHandler due = new DeliverDueNotificationsHandler(this.notifications, this.delivery,
				this.clock);
		NotificationId id = this.create.handle(new CreateNotificationCommand(content("alice", Channel.EMAIL),
				this.clock.instant().plusSeconds(60), null));

		assertThat(due.handle(new DeliverDueNotificationsCommand(10))).isZero();
		this.clock.advance(Duration.ofSeconds(60));
		assertThat(due.handle(new DeliverDueNotificationsCommand(10))).isEqualTo(1);
		assertThat(this.notifications.get(id).status()).isEqualTo(NotificationStatus.SENT);
	}

	@Test
	void aRefusedEmailIsRetriedWhenDueAndSucceedsBeforeTheLastAttempt() {
		DeliverDueNotificationsHandler due = new DeliverDueNotificationsHandler(this.notifications, this.delivery,
				this.clock);
		this.emailRefusals.set(2);
		NotificationId id = this.create
			.handle(new CreateNotificationCommand(content("alice", Channel.EMAIL), null, null));
		assertThat(this.notifications.get(id).status()).isEqualTo(NotificationStatus.PENDING);

		this.clock.advance(Duration.ofSeconds(4));
		assertThat(due.handle(new DeliverDueNotificationsCommand(10))).isZero();
		this.clock.advance(Duration.ofSeconds(1));
		due.handle(new DeliverDueNotificationsCommand(10));
		this.clock.advance(Duration.ofSeconds(10));
		due.handle(new DeliverDueNotificationsCommand(10));

		assertThat(this.notifications.get(id).status()).isEqualTo(NotificationStatus.SENT);
		assertThat(this.notifications.get(id).attempts()).isEqualTo(2);
	}

	@Test
	void retryGivesAFailedNotificationNewAttemptsButNotADeliveredOne() {
		RetryNotificationHandler retry = new RetryNotificationHandler(this.notifications, this.delivery, this.clock);
		this.emailRefusals.set(1);
		NotificationId failed = this.notifications
			.add(Notification.open(content("bob", Channel.EMAIL), null, null, null, this.clock.instant()))
			.id();
		Notification notification = this.notifications.get(failed);
		new NotificationDelivery(this.notifications, this.channels, new RetryPolicy(1, Duration.ZERO), this.clock)
			.attempt(notification);
		assertThat(this.notifications.get(failed).status()).isEqualTo(NotificationStatus.FAILED);

		assertThat(retry.handle(new RetryNotificationCommand(failed))).isEqualTo(NotificationStatus.SENT);
		NotificationId delivered = this.create.handle(new CreateNotificationCommand(content("bob", null), null, null));
		assertThatThrownBy(() -> retry.handle(new RetryNotificationCommand(delivered)))
			.isInstanceOf(IllegalNotificationTransitionException.class);
	}

	@Test
	void aPaymentEventNotifiesItsBuyerOnceHoweverOftenItArrives() {
		NotifyPaymentHandler notify = new NotifyPaymentHandler(this.notifications, this.delivery, this.clock,
				Duration.ofDays(30));
		PaymentNotice notice = new PaymentNotice("evt-1", PaymentNotice.Kind.COMPLETED, new UserId("carol"), "pay-1",
				new BigDecimal("5.00"), "EUR", null);

		assertThat(notify.handle(new NotifyPaymentCommand(notice))).isTrue();
		assertThat(notify.handle(new NotifyPaymentCommand(notice))).isFalse();
		assertThat(this.notifications.countFor(new UserId("carol"))).isEqualTo(1);
	}

	@Test
	void bulkSkipsRepeatedUsersAndReadAllReadsOnlyThatUsersUnread() {
		BulkCreateNotificationsHandler bulk = new BulkCreateNotificationsHandler(this.create);
		List<NotificationId> ids = bulk.handle(new BulkCreateNotificationsCommand(
				List.of(new UserId("dan"), new UserId("eve"), new UserId("dan")), content("dan", null)));
		ReadAllNotificationsHandler readAll = new ReadAllNotificationsHandler(this.notifications, this.clock);

		assertThat(ids).hasSize(2);
		assertThat(readAll.handle(new ReadAllNotificationsCommand(new UserId("dan")))).isEqualTo(1);
		assertThat(readAll.handle(new ReadAllNotificationsCommand(new UserId("dan")))).isZero();
		assertThat(this.notifications.get(ids.get(1)).status()).isEqualTo(NotificationStatus.DELIVERED);
	}

	/** A clock that stands still until a test moves it. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
