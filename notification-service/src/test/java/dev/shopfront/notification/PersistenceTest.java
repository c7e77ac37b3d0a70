package dev.shopfront.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.shopfront.notification.domain.Channel;
import dev.shopfront.notification.domain.Notification;
import dev.shopfront.notification.domain.NotificationContent;
import dev.shopfront.notification.domain.NotificationType;
import dev.shopfront.notification.domain.Notifications;
import dev.shopfront.notification.domain.Priority;
import dev.shopfront.notification.domain.UserId;
import dev.shopfront.notification.domain.ConcurrentNotificationChangeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersistenceTest extends NotificationServiceIntegrationTest {

	@Autowired
	private Notifications notifications;

	private static Notification draft(String user, String eventId) {
		return Notification.open(content(user), eventId, null, null, Instant.now());
	}

	// Due in an hour, so the scheduled delivery leaves it alone while a test writes it.
	private static Notification scheduled(String user) {
		return Notification.open(content(user), null, Instant.now().plus(Duration.ofHours(1)), null, Instant.now());
	}

	private static NotificationContent content(String user) {
		return new NotificationContent(new UserId(user), "T", "M", NotificationType.SYSTEM, Priority.LOW,
				Channel.IN_APP, "", Map.of("k", "v"));
	}

	@Test
	void flywayMigratedTheFreshDatabase() {
		assertThat(this.jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list()).containsExactly("1");
	}

	@Test
	void anEventNotifiesAUserOnceAndTheDatabaseItselfRefusesASecondRow() {
		String user = user("once");
		assertThat(this.notifications.addOnce(draft(user, "evt-" + user))).isPresent();
		assertThat(this.notifications.addOnce(draft(user, "evt-" + user))).isEmpty();
		assertThat(this.notifications.addOnce(draft(user + "x", "evt-" + user))).isPresent();

		assertThatThrownBy(() -> this.notifications.add(draft(user, "evt-" + user)))
			.hasMessageContaining("notifications_event_user_key");
	}

	@Test
	void aStaleWriteIsRefused() {
		Notification stored = this.notifications.add(scheduled(user("stale")));
		Notification first = this.notifications.find(stored.id()).orElseThrow();
		Notification second = this.notifications.find(stored.id()).orElseThrow();
		first.revise(first.content(), Instant.now());
		this.notifications.save(first);

		assertThatThrownBy(() -> this.notifications.save(second))
			.isInstanceOf(ConcurrentNotificationChangeException.class);
		assertThat(this.notifications.find(stored.id()).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesAnUnknownStatus() {
		Notification stored = this.notifications.add(draft(user("check"), null));

		assertThatThrownBy(() -> this.jdbc.sql("UPDATE notifications SET status = 'lost' WHERE id = :id")
			.param("id", stored.id().value())
			.update()).hasMessageContaining("status");
	}

}
