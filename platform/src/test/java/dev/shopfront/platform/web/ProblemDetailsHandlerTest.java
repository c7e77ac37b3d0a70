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
