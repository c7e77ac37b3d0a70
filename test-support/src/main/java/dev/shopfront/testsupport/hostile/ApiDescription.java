package dev.shopfront.testsupport.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * The operations of one service as its OpenAPI document describes them, read with
 * swagger-core (the model springdoc itself builds), with {@code $ref}s to component
 * schemas resolved.
 */
final class ApiDescription {

	private final OpenAPI api;

	private ApiDescription(OpenAPI api) {
		this.api = api;
	}

	static ApiDescription parse(String json) {
		try {
			OpenAPI api = Json31.mapper().readValue(json, OpenAPI.class);
			if (api == null || api.getPaths() == null || api.getPaths().isEmpty()) {
				throw new IllegalArgumentException("The OpenAPI document lists no paths");
			}
			return new ApiDescription(api);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalArgumentException("Not an OpenAPI document: " + ex.getOriginalMessage(), ex);
		}
	}

	List<ApiOperation> operations() {
		List<ApiOperation> operations = new ArrayList<>();
		this.api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			operations.add(operation(path, method, item, operation));
		}));
		return operations;
	}

	private ApiOperation operation(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
		List<Parameter> parameters = new ArrayList<>();
		if (item.getParameters() != null) {
			parameters.addAll(item.getParameters());
		}
		if (operation.getParameters() != null) {
			parameters.addAll(operation.getParameters());
		}
		List<ApiParameter> described = parameters.stream()
			.map((parameter) -> new ApiParameter(parameter.getName(), parameter.getIn(),
					Boolean.TRUE.equals(parameter.getRequired()), resolve(parameter.getSchema())))
			.toList();
		Schema<?> body = null;
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
			MediaType json = operation.getRequestBody().getContent().get("application/json");
			if (json == null && !operation.getRequestBody().getContent().isEmpty()) {
				json = operation.getRequestBody().getContent().values().iterator().next();
			}
			body = (json != null) ? resolve(json.getSchema()) : null;
		}
		return new ApiOperation(method.name().toUpperCase(Locale.ROOT), path, described, body, this);
	}

	Schema<?> resolve(Schema<?> schema) {
		Schema<?> resolved = schema;
		for (int hops = 0; resolved != null && resolved.get$ref() != null && hops < 10; hops++) {
			String ref = resolved.get$ref();
			String name = ref.substring(ref.lastIndexOf('/') + 1);
			resolved = this.api.getComponents().getSchemas().get(name);
		}
		return resolved;
	}

	Map<String, Schema<?>> properties(Schema<?> object) {
		Map<String, Schema<?>> properties = new LinkedHashMap<>();
		if (object != null && object.getProperties() != null) {
			object.getProperties().forEach((name, schema) -> properties.put(name, resolve(schema)));
		}
		return properties;
	}

	/** The JSON type of a schema, whether written the 3.0 way or as a 3.1 type set. */
	static String typeOf(Schema<?> schema) {
		if (schema == null) {
			return "object";
		}
		if (schema.getType() != null) {
			return schema.getType();
		}
		Set<String> types = schema.getTypes();
		if (types != null) {
			return types.stream().filter((type) -> !"null".equals(type)).findFirst().orElse("string");
		}
		return (schema.getProperties() != null) ? "object" : "string";
	}

	record ApiParameter(String name, String in, boolean required, Schema<?> schema) {
	}

	record ApiOperation(String method, String path, List<ApiParameter> parameters, Schema<?> body, ApiDescription api) {

		String name() {
			return this.method + " " + this.path;
		}

	}

}
