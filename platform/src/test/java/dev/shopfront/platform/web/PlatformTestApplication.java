package dev.shopfront.platform.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.slf4j.MDC;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.shopfront.platform.requestid.RequestId;

@SpringBootApplication
class PlatformTestApplication {

	record Widget(@NotBlank String name, @NotNull @DecimalMin("0.00") BigDecimal price, @Min(0) Integer stockLevel,
			Map<String, String> tags, List<String> colours) {
	}

	record Label(String displayName, String secondaryName) {
	}

	@RestController
	@Validated
	static class WidgetController {

		@PostMapping("/widgets")
		Widget create(@Valid @RequestBody Widget widget) {
			return widget;
		}

		@GetMapping("/widgets/{id}")
		String get(@PathVariable long id) {
			return "widget " + id + " for " + MDC.get(RequestId.MDC_KEY);
		}

		@GetMapping("/widgets")
		String list(@RequestParam(defaultValue = "20") @Max(100) int size,
				@RequestParam(required = false) String category) {
			return "size " + size + ((category != null) ? " in " + category : "");
		}

		@GetMapping("/labels/first")
		Label firstLabel() {
			return new Label("Blue widget", null);
		}

		@GetMapping("/deadlock")
		String deadlock() {
			throw new CannotAcquireLockException("Deadlock found when trying to get lock");
		}

		@GetMapping("/explode")
		String explode() {
			throw new IllegalStateException("secret internal detail");
		}

	}

}
