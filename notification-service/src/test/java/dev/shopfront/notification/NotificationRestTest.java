package dev.shopfront.notification;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NotificationRestTest extends NotificationServiceIntegrationTest {

	private ResultActions postJson(String path, String json) throws Exception {
		return this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long create(String user, String channel, String type) throws Exception {
		String body = postJson("/notifications",
				"""
						{"user_id": "%s", "title": "Hello", "message": "A message", "type": "%s", "channel": "%s"}"""
					.formatted(user, type, channel))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private String statusOf(long id) throws Exception {
		return JsonPath.read(
				this.mvc.perform(get("/notifications/{id}", id)).andReturn().getResponse().getContentAsString(),
				"$.status");
	}

	private static void expectProblem(ResultActions result, int status, String detailPart) throws Exception {
		result.andExpect(status().is(status))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString(detailPart)));
	}

	@Test
	void createStoresAnInAppNotificationAsDeliveredWithSnakeCaseBody() throws Exception {
		String user = user("alice");
		postJson("/notifications", """
				{"user_id": "%s", "title": "Welcome", "message": "Hi there", "type": "system",
				 "priority": "high", "template": "welcome", "data": {"step": 1, "tags": ["a"]}}""".formatted(user))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/notifications/")))
			.andExpect(jsonPath("$.user_id").value(user))
			.andExpect(jsonPath("$.status").value("delivered"))
			.andExpect(jsonPath("$.channel").value("in_app"))
			.andExpect(jsonPath("$.priority").value("high"))
			.andExpect(jsonPath("$.data.step").value(1))
			.andExpect(jsonPath("$.data.tags[0]").value("a"))
			.andExpect(jsonPath("$.sent_at").exists())
			.andExpect(jsonPath("$.expires_at").exists());
	}

	@Test
	void anEmailIsSentThroughTheSimulatedSender() throws Exception {
		long id = create(user("carol"), "email", "order");

		this.mvc.perform(get("/notifications/{id}", id))
			.andExpect(jsonPath("$.status").value("sent"))
			.andExpect(jsonPath("$.attempts").value(0));
	}

	@Test
	void aRefusedEmailIsRetriedAndFailsAfterTheConfiguredAttempts() throws Exception {
		long id = create(user("bounce"), "email", "order");

		await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(id).equals("failed"));
		this.mvc.perform(get("/notifications/{id}", id))
			.andExpect(jsonPath("$.attempts").value(3))
			.andExpect(jsonPath("$.failure_reason", containsString("bounce")));
		// Reading a failed notification is an illegal move that names the state.
		expectProblem(this.mvc.perform(post("/notifications/{id}/read", id)), 409, "is failed and cannot be read");
		this.mvc.perform(post("/notifications/{id}/read", id)).andExpect(jsonPath("$.current_status").value("failed"));
		// A retry starts a fresh set of attempts.
		this.mvc.perform(post("/notifications/{id}/retry", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("pending"))
			.andExpect(jsonPath("$.attempts").value(1));
	}

	@Test
	void readMovesToReadOnceAndRetryOfADeliveredOneIsAConflict() throws Exception {
		long id = create(user("dave"), "in_app", "system");

		expectProblem(this.mvc.perform(post("/notifications/{id}/retry", id)), 409,
				"is delivered and cannot be retried");
		this.mvc.perform(post("/notifications/{id}/read", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("read"))
			.andExpect(jsonPath("$.read_at").exists());
		expectProblem(this.mvc.perform(post("/notifications/{id}/read", id)), 409, "is read and cannot be read");
		expectProblem(this.mvc.perform(post("/notifications/{id}/send", id)), 409, "is read and cannot be sent");
		expectProblem(
				this.mvc.perform(put("/notifications/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"user_id\": \"x\", \"title\": \"T\", \"message\": \"M\", \"type\": \"system\"}")),
				409, "cannot be changed");
	}

	@Test
	void listPagesNewestFirstAndFiltersByUserStatusAndType() throws Exception {
		String user = user("erin");
		long first = create(user, "in_app", "order");
		long second = create(user, "in_app", "payment");
		long third = create(user, "in_app", "order");
		this.mvc.perform(post("/notifications/{id}/read", first)).andExpect(status().isOk());

		this.mvc.perform(get("/notifications").param("user_id", user).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", contains((int) third, (int) second)))
			.andExpect(jsonPath("$.total_elements").value(3))
			.andExpect(jsonPath("$.total_pages").value(2));
		this.mvc.perform(get("/notifications").param("user_id", user).param("type", "order"))
			.andExpect(jsonPath("$.items[*].type", everyItem(is("order"))))
			.andExpect(jsonPath("$.total_elements").value(2));
		this.mvc.perform(get("/notifications").param("user_id", user).param("status", "read"))
			.andExpect(jsonPath("$.items[*].id", contains((int) first)));
	}

	@Test
	void unreadReadAllAndStatsArePerUser() throws Exception {
		String user = user("frank");
		String other = user("grace");
		create(user, "in_app", "order");
		create(user, "in_app", "payment");
		create(user, "email", "payment");
		create(other, "in_app", "order");

		this.mvc.perform(get("/notifications/unread").param("user_id", user))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(3))
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.items[*].user_id", everyItem(is(user))));
		this.mvc.perform(get("/notifications/stats").param("user_id", user))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.unread").value(3))
			.andExpect(jsonPath("$.by_status.delivered").value(2))
			.andExpect(jsonPath("$.by_status.sent").value(1))
			.andExpect(jsonPath("$.by_type.payment").value(2));
		this.mvc.perform(post("/notifications/read-all").param("user_id", user))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked_read").value(3));
		this.mvc.perform(get("/notifications/unread").param("user_id", user)).andExpect(jsonPath("$.count").value(0));
		this.mvc.perform(get("/notifications/unread").param("user_id", other)).andExpect(jsonPath("$.count").value(1));
	}

	@Test
	void aScheduledNotificationWaitsUntilSentOrItsTimeComes() throws Exception {
		String user = user("heidi");
		String later = Instant.now().plusSeconds(3600).toString();
		String body = postJson("/notifications/schedule",
				"""
						{"user_id": "%s", "title": "Later", "message": "M", "type": "promotion", "send_at": "%s"}"""
					.formatted(user, later))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("pending"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		this.mvc.perform(put("/notifications/{id}", id).contentType(MediaType.APPLICATION_JSON).content("""
				{"user_id": "%s", "title": "Changed", "message": "M2", "type": "promotion"}""".formatted(user)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Changed"));
		this.mvc.perform(post("/notifications/{id}/send", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("delivered"));

		String soon = Instant.now().plusMillis(300).toString();
		String dueBody = postJson("/notifications/schedule", """
				{"user_id": "%s", "title": "Soon", "message": "M", "type": "promotion", "send_at": "%s"}"""
			.formatted(user, soon)).andReturn().getResponse().getContentAsString();
		long due = ((Number) JsonPath.read(dueBody, "$.id")).longValue();
		await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(due).equals("delivered"));

		expectProblem(postJson("/notifications/schedule", """
				{"user_id": "%s", "title": "T", "message": "M", "type": "system"}""".formatted(user)), 400,
				"send_at is required");
	}

	@Test
	void bulkCreatesOneNotificationPerDistinctUser() throws Exception {
		String a = user("ivan");
		String b = user("judy");
		postJson("/notifications/bulk", """
				{"user_ids": ["%s", "%s", "%s"], "title": "Sale", "message": "Now", "type": "promotion"}""".formatted(a,
				b, a))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.count").value(2));

		this.mvc.perform(get("/notifications/unread").param("user_id", a)).andExpect(jsonPath("$.count").value(1));
		this.mvc.perform(get("/notifications/unread").param("user_id", b)).andExpect(jsonPath("$.count").value(1));
		expectProblem(
				postJson("/notifications/bulk",
						"{\"user_ids\": [], \"title\": \"T\", \"message\": \"M\", \"type\": \"system\"}"),
				400, "user_ids");
	}

	@Test
	void cleanupExpiresOverdueAndDeletesLongExpired() throws Exception {
		long id = create(user("ken"), "in_app", "system");
		this.jdbc.sql("UPDATE notifications SET expires_at = now() - interval '40 days' WHERE id = :id")
			.param("id", id)
			.update();

		this.mvc.perform(post("/notifications/cleanup").param("retention_days", "60"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expired").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		this.mvc.perform(get("/notifications/{id}", id)).andExpect(jsonPath("$.status").value("expired"));
		this.mvc.perform(post("/notifications/cleanup").param("retention_days", "30")).andExpect(status().isOk());
		this.mvc.perform(get("/notifications/{id}", id)).andExpect(status().isNotFound());
	}

	@Test
	void deleteRemovesAndMissingIdsAre404() throws Exception {
		long id = create(user("leo"), "in_app", "system");

		this.mvc.perform(delete("/notifications/{id}", id)).andExpect(status().isNoContent());
		expectProblem(this.mvc.perform(get("/notifications/{id}", id)), 404, "does not exist");
		expectProblem(this.mvc.perform(delete("/notifications/{id}", id)), 404, "does not exist");
		expectProblem(this.mvc.perform(post("/notifications/{id}/read", id)), 404, "does not exist");
		expectProblem(this.mvc.perform(post("/notifications/{id}/send", id)), 404, "does not exist");
		expectProblem(this.mvc.perform(post("/notifications/{id}/retry", id)), 404, "does not exist");
		expectProblem(
				this.mvc.perform(put("/notifications/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"user_id\": \"leo\", \"title\": \"T\", \"message\": \"M\", \"type\": \"system\"}")),
				404, "does not exist");
	}

	@Test
	void badBodiesAreBadRequestsNeverServerErrors() throws Exception {
		postJson("/notifications", "{\"user_id\": \"a b\", \"title\": \"\", \"type\": \"system\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("message", "title", "user_id")));
		expectProblem(
				postJson("/notifications",
						"{\"user_id\": \"u\", \"title\": \"T\", \"message\": \"M\", \"type\": \"gossip\"}"),
				400, "type must be one of payment, order, system, promotion, account, was 'gossip'");
		expectProblem(postJson("/notifications",
				"{\"user_id\": \"u\", \"title\": \"T\", \"message\": \"M\", \"type\": \"system\", \"channel\": \"fax\"}"),
				400, "channel must be one of email, sms, push, in_app");
		expectProblem(postJson("/notifications",
				"{\"user_id\": \"u\", \"title\": \"T\", \"message\": \"M\", \"type\": \"system\", \"expires_at\": \"soon\"}"),
				400, "Field 'expires_at' has an invalid value 'soon'");
		expectProblem(postJson("/notifications",
				"{\"user_id\": \"u\", \"title\": \"T\", \"message\": \"M\", \"type\": \"system\", \"expires_at\": \"2001-01-01T00:00:00Z\"}"),
				400, "expires_at must be after the time it is sent");
		expectProblem(postJson("/notifications",
				"{\"user_id\": \"u\", \"title\": \"T\", \"message\": \"M\", \"type\": \"system\", \"data\": [1]}"), 400,
				"data");
		expectProblem(postJson("/notifications", "{\"user_id\": "), 400, "not valid JSON");
		expectProblem(postJson("/notifications", "[1, 2]"), 400, "");
		expectProblem(this.mvc.perform(post("/notifications").contentType(MediaType.TEXT_PLAIN).content("x")), 415, "");
		long id = create(user("mallory"), "in_app", "system");
		expectProblem(this.mvc.perform(put("/notifications/{id}", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"user_id\": \"someone-else\", \"title\": \"T\", \"message\": \"M\", \"type\": \"system\"}")),
				409, "cannot be changed");
	}

	@Test
	void badParametersAreBadRequests() throws Exception {
		expectProblem(this.mvc.perform(get("/notifications/abc")), 400, "'abc' is not a valid long for 'id'");
		expectProblem(this.mvc.perform(get("/notifications/0")), 400, "positive number");
		expectProblem(this.mvc.perform(get("/notifications").param("status", "lost")), 400, "status must be one of");
		expectProblem(this.mvc.perform(get("/notifications").param("type", "x")), 400, "type must be one of");
		expectProblem(this.mvc.perform(get("/notifications").param("size", "1000")), 400, "size");
		expectProblem(this.mvc.perform(get("/notifications").param("page", "-1")), 400, "page");
		expectProblem(this.mvc.perform(get("/notifications").param("user_id", "a;b")), 400, "must be 1 to 64 letters");
		expectProblem(this.mvc.perform(get("/notifications/unread")), 400, "user_id");
		expectProblem(this.mvc.perform(get("/notifications/stats").param("user_id", "")), 400,
				"must be 1 to 64 letters");
		expectProblem(this.mvc.perform(post("/notifications/read-all")), 400, "user_id");
		expectProblem(this.mvc.perform(post("/notifications/cleanup").param("retention_days", "-1")), 400,
				"retention_days");
	}

	@Test
	void operationsEndpointsAreServed() throws Exception {
		this.mvc.perform(get("/health/ready"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.kafka.status").value("UP"));
		this.mvc.perform(get("/health/live")).andExpect(status().isOk());
		this.mvc.perform(get("/metrics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("application=\"notification-service\"")));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/notifications/{id}/read']").exists())
			.andExpect(jsonPath("$.paths['/notifications/unread']").exists());
	}

}
