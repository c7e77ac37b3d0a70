package dev.shopfront.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationStateMachineTest {

	private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofSeconds(10));

	private static final NotificationSender DELIVERS = sender(Delivery.DELIVERED, null);

	private static final NotificationSender REFUSES = sender(null, "relay down");

	private static NotificationSender sender(Delivery delivery, String refusal) {
		return new NotificationSender() {
			@Override
			public Channel channel() {
				return Channel.EMAIL;
			}

			@Override
			public Delivery send(Notification notification) throws DeliveryFailedException {
				if (refusal != null) {
					throw new DeliveryFailedException(refusal);
				}
				return delivery;
			}
		};
	}

	private static Notification stored(NotificationStatus status) {
		NotificationContent content = new NotificationContent(new UserId("alice"), "T", "M", NotificationType.SYSTEM,
				null, null, null, null);
		return Notification.restore(new Notification.Snapshot(new NotificationId(7), null, content, status, 0, null,
				NOW, NOW, NOW, null, null, NOW.plusSeconds(3600), 0));
	}

	@Test
	void contentDefaultsToNormalPriorityInAppAndRejectsBlankTitles() {
		NotificationContent content = new NotificationContent(new UserId("alice"), " Hi ", "M", NotificationType.ORDER,
				null, null, null, Map.of());

		assertThat(content.priority()).isEqualTo(Priority.NORMAL);
		assertThat(content.channel()).isEqualTo(Channel.IN_APP);
		assertThat(content.title()).isEqualTo("Hi");
		assertThatThrownBy(() -> new NotificationContent(new UserId("alice"), " ", "M", NotificationType.ORDER, null,
				null, null, null))
			.isInstanceOf(InvalidNotificationException.class)
			.hasMessage("title is required");
	}

	@Test
	void rejectsUnknownKindsNamingTheAllowedValues() {
		assertThatThrownBy(() -> Channel.parse("fax"))
			.hasMessage("channel must be one of email, sms, push, in_app, was 'fax'");
		assertThatThrownBy(() -> new UserId("a b")).isInstanceOf(InvalidNotificationException.class);
	}

	@Test
	void aDeliveredNotificationCanBeReadOnce() {
		Notification notification = stored(NotificationStatus.PENDING);
		notification.deliverThrough(DELIVERS, THREE_TRIES, NOW);
		notification.read(NOW);

		assertThat(notification.status()).isEqualTo(NotificationStatus.READ);
		assertThatThrownBy(() -> notification.read(NOW)).isInstanceOf(IllegalNotificationTransitionException.class)
			.hasMessage("notification 7 is read and cannot be read");
	}

	@Test
	void rejectsReadingAFailedNotification() {
		IllegalNotificationTransitionException refusal = (IllegalNotificationTransitionException) org.assertj.core.api.Assertions
			.catchThrowable(() -> stored(NotificationStatus.FAILED).read(NOW));

		assertThat(refusal.current()).isEqualTo(NotificationStatus.FAILED);
		assertThat(refusal).hasMessage("notification 7 is failed and cannot be read");
	}

	@Test
	void rejectsRetryingADeliveredNotification() {
		assertThatThrownBy(() -> stored(NotificationStatus.DELIVERED).retry(NOW))
			.hasMessage("notification 7 is delivered and cannot be retried");
	}

	@Test
	void aRefusalStaysPendingWithADoublingWaitUntilTheLastAttemptFails() {
		Notification notification = stored(NotificationStatus.PENDING);

		notification.deliverThrough(REFUSES, THREE_TRIES, NOW);
		assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
		assertThat(notification.snapshot().nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
		notification.deliverThrough(REFUSES, THREE_TRIES, NOW);
		assertThat(notification.snapshot().nextAttemptAt()).isEqualTo(NOW.plusSeconds(20));
		notification.deliverThrough(REFUSES, THREE_TRIES, NOW);

		assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
		assertThat(notification.attempts()).isEqualTo(3);
		assertThat(notification.snapshot().failureReason()).isEqualTo("relay down");
		notification.retry(NOW);
		assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
		assertThat(notification.attempts()).isZero();
	}

	@Test
	void aPendingNotificationPastItsExpiryExpiresInsteadOfBeingSent() {
		Notification notification = stored(NotificationStatus.PENDING);

		notification.deliverThrough(DELIVERS, THREE_TRIES, NOW.plusSeconds(3600));

		assertThat(notification.status()).isEqualTo(NotificationStatus.EXPIRED);
	}

	@Test
	void onlyAPendingNotificationCanBeRevisedAndNeverForAnotherUser() {
		Notification pending = stored(NotificationStatus.PENDING);
		NotificationContent other = new NotificationContent(new UserId("bob"), "T", "M", NotificationType.SYSTEM, null,
				null, null, null);

		assertThatThrownBy(() -> pending.revise(other, NOW)).hasMessage("user_id of a notification cannot change");
		assertThatThrownBy(() -> stored(NotificationStatus.SENT).revise(pending.content(), NOW))
			.hasMessage("notification 7 is sent and cannot be changed");
	}

	@Test
	void rejectsASendTimeInThePastAndAnExpiryBeforeTheSendTime() {
		NotificationContent content = stored(NotificationStatus.PENDING).content();

		assertThatThrownBy(() -> Notification.open(content, null, NOW.minusSeconds(1), null, NOW))
			.hasMessageContaining("send_at must not be in the past");
		assertThatThrownBy(() -> Notification.open(content, null, NOW.plusSeconds(60), NOW.plusSeconds(30), NOW))
			.hasMessageContaining("expires_at must be after the time it is sent");
	}

	@Test
	void aPaymentNoticeSaysWhatHappenedToThePayment() {
		NotificationContent failed = new PaymentNotice("e1", PaymentNotice.Kind.FAILED, new UserId("alice"), "pay-1",
				new java.math.BigDecimal("10.13"), "EUR", "card declined")
			.content();

		assertThat(failed.title()).isEqualTo("Payment failed");
		assertThat(failed.priority()).isEqualTo(Priority.HIGH);
		assertThat(failed.message()).contains("pay-1", "10.13 EUR", "card declined");
		assertThat(failed.data()).containsEntry("reason", "card declined").containsEntry("payment_id", "pay-1");
	}

}
