package dev.shopfront.notification.interfaces.http;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.shopfront.notification.application.command.BulkCreateNotificationsCommand;
import dev.shopfront.notification.application.command.BulkCreateNotificationsHandler;
import dev.shopfront.notification.application.command.CleanupNotificationsCommand;
import dev.shopfront.notification.application.command.CleanupNotificationsHandler;
import dev.shopfront.notification.application.command.CleanupResult;
import dev.shopfront.notification.application.command.CreateNotificationCommand;
import dev.shopfront.notification.application.command.CreateNotificationHandler;
import dev.shopfront.notification.application.command.DeleteNotificationCommand;
import dev.shopfront.notification.application.command.DeleteNotificationHandler;
import dev.shopfront.notification.application.command.ReadAllNotificationsCommand;
import dev.shopfront.notification.application.command.ReadAllNotificationsHandler;
import dev.shopfront.notification.application.command.ReadNotificationCommand;
import dev.shopfront.notification.application.command.ReadNotificationHandler;
import dev.shopfront.notification.application.command.RetryNotificationCommand;
import dev.shopfront.notification.application.command.RetryNotificationHandler;
import dev.shopfront.notification.application.command.SendNotificationCommand;
import dev.shopfront.notification.application.command.SendNotificationHandler;
import dev.shopfront.notification.application.command.UpdateNotificationCommand;
import dev.shopfront.notification.application.command.UpdateNotificationHandler;
import dev.shopfront.notification.application.query.NotificationPageQuery;
import dev.shopfront.notification.application.query.NotificationQueries;
import dev.shopfront.notification.application.query.NotificationStats;
import dev.shopfront.notification.application.query.NotificationView;
import dev.shopfront.notification.domain.InvalidNotificationException;
import dev.shopfront.notification.domain.NotificationId;
import dev.shopfront.notification.domain.NotificationNotFoundException;
import dev.shopfront.notification.domain.NotificationStatus;
import dev.shopfront.notification.domain.NotificationType;
import dev.shopfront.notification.domain.UserId;

/**
 * Notifications over REST.
 */
@RestController
@RequestMapping("/notifications")
@Validated
class NotificationController {

	private static final String USER_ID_MESSAGE = "must be 1 to 64 letters, digits, '_' or '-'";

	private final NotificationQueries queries;

	private final Handlers handlers;

	NotificationController(NotificationQueries queries, CreateNotificationHandler create,
			BulkCreateNotificationsHandler bulk, UpdateNotificationHandler update, DeleteNotificationHandler delete,
			SendNotificationHandler send, ReadNotificationHandler read, ReadAllNotificationsHandler readAll,
			RetryNotificationHandler retry, CleanupNotificationsHandler cleanup) {
		this.queries = queries;
		this.handlers = new Handlers(create, bulk, update, delete, send, read, readAll, retry, cleanup);
	}

	@PostMapping
	ResponseEntity<NotificationView> create(@Valid @RequestBody NotificationRequest request) {
		NotificationId id = this.handlers.create()
			.handle(new CreateNotificationCommand(request.toContent(), request.sendAt(), request.expiresAt()));
		return ResponseEntity.created(URI.create("/notifications/" + id)).body(view(id));
	}

	@PostMapping("/schedule")
	ResponseEntity<NotificationView> schedule(@Valid @RequestBody NotificationRequest request) {
		if (request.sendAt() == null) {
			throw new InvalidNotificationException("send_at is required to schedule a notification");
		}
		return create(request);
	}

	@PostMapping("/bulk")
	ResponseEntity<NotificationResponses.Created> bulk(@Valid @RequestBody BulkNotificationRequest request) {
		var ids = this.handlers.bulk()
			.handle(new BulkCreateNotificationsCommand(request.users(), request.toContent()))
			.stream()
			.map(NotificationId::value)
			.toList();
		return ResponseEntity.status(201).body(new NotificationResponses.Created(ids, ids.size()));
	}

	@GetMapping
	NotificationPageResponse list(
			@RequestParam(name = "user_id", required = false) @Pattern(regexp = UserId.PATTERN,
					message = USER_ID_MESSAGE) String userId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String type,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return NotificationPageResponse
			.of(this.queries.page(new NotificationPageQuery((userId != null) ? new UserId(userId) : null,
					(status != null) ? NotificationStatus.parse(status) : null,
					(type != null) ? NotificationType.parse(type) : null, page, size)));
	}

	@GetMapping("/unread")
	NotificationResponses.Unread unread(
			@RequestParam(name = "user_id") @Pattern(regexp = UserId.PATTERN, message = USER_ID_MESSAGE) String userId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
		UserId user = new UserId(userId);
		return new NotificationResponses.Unread(userId, this.queries.unreadCount(user),
				this.queries.unread(user, limit));
	}

	@GetMapping("/stats")
	NotificationStats stats(@RequestParam(name = "user_id") @Pattern(regexp = UserId.PATTERN,
			message = USER_ID_MESSAGE) String userId) {
		return this.queries.stats(new UserId(userId));
	}

	@GetMapping("/{id}")
	NotificationView get(@PathVariable long id) {
		return view(new NotificationId(id));
	}

	@PutMapping("/{id}")
	NotificationView replace(@PathVariable long id, @Valid @RequestBody NotificationRequest request) {
		this.handlers.update().handle(new UpdateNotificationCommand(new NotificationId(id), request.toContent()));
		return get(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.handlers.delete().handle(new DeleteNotificationCommand(new NotificationId(id)));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/send")
	NotificationView send(@PathVariable long id) {
		this.handlers.send().handle(new SendNotificationCommand(new NotificationId(id)));
		return get(id);
	}

	@PostMapping("/{id}/read")
	NotificationView read(@PathVariable long id) {
		this.handlers.read().handle(new ReadNotificationCommand(new NotificationId(id)));
		return get(id);
	}

	@PostMapping("/{id}/retry")
	NotificationView retry(@PathVariable long id) {
		this.handlers.retry().handle(new RetryNotificationCommand(new NotificationId(id)));
		return get(id);
	}

	@PostMapping("/read-all")
	NotificationResponses.MarkedRead readAll(@RequestParam(name = "user_id") @Pattern(regexp = UserId.PATTERN,
			message = USER_ID_MESSAGE) String userId) {
		int marked = this.handlers.readAll().handle(new ReadAllNotificationsCommand(new UserId(userId)));
		return new NotificationResponses.MarkedRead(userId, marked);
	}

	@PostMapping("/cleanup")
	NotificationResponses.Cleaned cleanup(
			@RequestParam(name = "retention_days", defaultValue = "30") @Min(0) @Max(3650) int retentionDays) {
		CleanupResult result = this.handlers.cleanup()
			.handle(new CleanupNotificationsCommand(Duration.ofDays(retentionDays)));
		return new NotificationResponses.Cleaned(result.expired(), result.deleted());
	}

	private NotificationView view(NotificationId id) {
		return this.queries.byId(id).orElseThrow(() -> new NotificationNotFoundException(id));
	}

	/** The use cases behind the endpoints, one field instead of nine. */
	private record Handlers(CreateNotificationHandler create, BulkCreateNotificationsHandler bulk,
			UpdateNotificationHandler update, DeleteNotificationHandler delete, SendNotificationHandler send,
			ReadNotificationHandler read, ReadAllNotificationsHandler readAll, RetryNotificationHandler retry,
			CleanupNotificationsHandler cleanup) {

	}

}
