package dev.shopfront.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.shopfront.platform.requestid.RequestId;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "spring.grpc.server.port=0", "management.health.kafka.enabled=false" })
@AutoConfigureMockMvc
class ProblemDetailsHandlerTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void malformedJsonIsABadRequestNamingThePosition() throws Exception {
		this.mvc.perform(post("/widgets").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\","))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Malformed request body"))
			.andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
	}

	@Test
	void wrongFieldTypeNamesTheField() throws Exception {
		this.mvc
			.perform(post("/widgets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"a\", \"price\": \"cheap\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Field 'price' has an invalid value 'cheap'"));
	}

	@Test
	void missingBodyIsABadRequest() throws Exception {
		this.mvc.perform(post("/widgets").contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("A JSON request body is required"));
	}

	@Test
	void validationErrorsListEveryFieldInOrder() throws Exception {
		this.mvc
			.perform(post("/widgets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \" \", \"price\": -1, \"stock_level\": -1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[1].field").value("price"))
			.andExpect(jsonPath("$.errors[2].field").value("stock_level"))
			.andExpect(jsonPath("$.detail").value(containsString("price: must be greater than or equal to 0.00")));
	}

	@Test
	void pathVariableOfTheWrongTypeIsABadRequest() throws Exception {
		this.mvc.perform(get("/widgets/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'abc' is not a valid long for 'id'"));
	}

	@Test
	void parameterConstraintViolationIsABadRequest() throws Exception {
		this.mvc.perform(get("/widgets").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void unsupportedMediaTypeIs415() throws Exception {
		this.mvc.perform(post("/widgets").contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void multipartWithoutBoundaryIs415NotA500() throws Exception {
		this.mvc.perform(post("/widgets").contentType("multipart/form-data").content("{\"name\": \"a\"}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void wildcardOrUnparsableContentTypeIs415() throws Exception {
		for (String contentType : new String[] { "*/*", "application/*", "garbage" }) {
			this.mvc.perform(post("/widgets").header("Content-Type", contentType).content("{\"name\": \"a\"}"))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void nulInABodyStringIsABadRequestNamingTheField() throws Exception {
		this.mvc
			.perform(post("/widgets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"a\\u0000b\", \"price\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Field 'name' " + StorableText.MESSAGE));
	}

	@Test
	void loneSurrogatesAreBadRequestsWhereverTheStringIs() throws Exception {
		String[][] bodies = { { "{\"name\": \"\\ud800\", \"price\": 1}", "name" },
				{ "{\"name\": \"a\", \"price\": 1, \"tags\": {\"k\": \"x\\udfff\"}}", "tags.k" },
				{ "{\"name\": \"a\", \"price\": 1, \"tags\": {\"\\u0000\": \"v\"}}", "tags" },
				{ "{\"name\": \"a\", \"price\": 1, \"colours\": [\"red\", \"\\u0000\"]}", "colours.[1]" } };
		for (String[] body : bodies) {
			this.mvc.perform(post("/widgets").contentType(MediaType.APPLICATION_JSON).content(body[0]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("Field '" + body[1])))
				.andExpect(jsonPath("$.detail").value(containsString(StorableText.MESSAGE)));
		}
	}

	@Test
	void pairedSurrogatesAndOrdinaryTextPass() throws Exception {
		this.mvc
			.perform(post("/widgets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"caf\u00e9 \\ud83d\\ude00\", \"price\": 1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("caf\u00e9 \ud83d\ude00"));
	}

	@Test
	void nulInAQueryParameterIsABadRequestNamingIt() throws Exception {
		this.mvc.perform(get("/widgets").queryParam("category", "a\u0000b"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.detail").value("Query parameter 'category' " + StorableText.MESSAGE));
		this.mvc.perform(get("/widgets").queryParam("category", "blue"))
			.andExpect(status().isOk())
			.andExpect(content().string("size 20 in blue"));
	}

	@Test
	void unknownPathIs404Problem() throws Exception {
		this.mvc.perform(get("/nothing-here"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void unexpectedFailureHidesItsDetailButGivesTheRequestId() throws Exception {
		this.mvc.perform(get("/explode").header(RequestId.HEADER, "req-42"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.detail").value(not(containsString("secret"))))
			.andExpect(jsonPath("$.request_id").value("req-42"));
	}

	@Test
	void aDeadlockIsARetryable503NotA500() throws Exception {
		this.mvc.perform(get("/deadlock"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("send it again")));
	}

	@Test
	void requestIdIsTakenFromTheCallerAndEchoed() throws Exception {
		this.mvc.perform(get("/widgets/7").header(RequestId.HEADER, "abc-123"))
			.andExpect(status().isOk())
			.andExpect(header().string(RequestId.HEADER, "abc-123"))
			.andExpect(content().string("widget 7 for abc-123"));
	}

	@Test
	void unsafeRequestIdIsReplacedByAGeneratedOne() throws Exception {
		this.mvc.perform(get("/widgets/7").header(RequestId.HEADER, "evil\nlog line"))
			.andExpect(header().string(RequestId.HEADER, hasLength(36)))
			.andExpect(content().string(not(containsString("evil"))));
	}

}
