package dev.shopfront.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "spring.grpc.server.port=0", "management.health.kafka.enabled=false",
		"spring.application.name=widgets" })
@AutoConfigureMockMvc
class OperationsEndpointsTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void healthAndItsProbeGroupsAreAtTheSpecPaths() throws Exception {
		this.mvc.perform(get("/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/health/live")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheusScrapeIsAtMetrics() throws Exception {
		this.mvc.perform(get("/widgets/1"));
		this.mvc.perform(get("/metrics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests_seconds_count")))
			.andExpect(content().string(containsString("application=\"widgets\"")))
			// no long-task timer per request in flight beside the request timer
			.andExpect(content().string(not(containsString("_active_seconds"))));
	}

	@Test
	void openApiDescribesTheControllers() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/widgets/{id}']").exists())
			// Named as the API reads them (snake_case), not as the Java record spells
			// them.
			.andExpect(jsonPath("$.components.schemas.Widget.properties.stock_level").exists())
			.andExpect(jsonPath("$.components.schemas.Widget.properties.stockLevel").doesNotExist());
	}

	@Test
	void jsonIsSnakeCaseWithoutNulls() throws Exception {
		this.mvc.perform(get("/labels/first"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"display_name\": \"Blue widget\"}",
					org.springframework.test.json.JsonCompareMode.STRICT));
	}

}
