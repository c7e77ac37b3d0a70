package dev.shopfront.product.interfaces.http;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

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

import dev.shopfront.product.application.command.CreateProductCommand;
import dev.shopfront.product.application.command.CreateProductHandler;
import dev.shopfront.product.application.command.DeleteProductCommand;
import dev.shopfront.product.application.command.DeleteProductHandler;
import dev.shopfront.product.application.command.UpdateProductCommand;
import dev.shopfront.product.application.command.UpdateProductHandler;
import dev.shopfront.product.application.query.ProductPageQuery;
import dev.shopfront.product.application.query.ProductQueries;
import dev.shopfront.product.application.query.ProductView;
import dev.shopfront.product.domain.ProductId;
import dev.shopfront.product.domain.ProductNotFoundException;

/**
 * The catalogue over REST.
 */
@RestController
@RequestMapping("/products")
@Validated
class ProductController {

	private final CreateProductHandler create;

	private final UpdateProductHandler update;

	private final DeleteProductHandler delete;

	private final ProductQueries queries;

	ProductController(CreateProductHandler create, UpdateProductHandler update, DeleteProductHandler delete,
			ProductQueries queries) {
		this.create = create;
		this.update = update;
		this.delete = delete;
		this.queries = queries;
	}

	@GetMapping
	ProductPageResponse list(@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(required = false) @Size(max = 100) String category,
			@RequestParam(required = false) @Pattern(regexp = "price,(asc|desc)",
					message = "must be price,asc or price,desc") String sort) {
		return ProductPageResponse.of(this.queries.page(new ProductPageQuery(page, size, category, order(sort))));
	}

	@GetMapping("/{id}")
	ProductView get(@PathVariable @Positive long id) {
		return view(new ProductId(id));
	}

	@PostMapping
	ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request) {
		ProductId id = this.create.handle(new CreateProductCommand(request.toDetails()));
		return ResponseEntity.created(URI.create("/products/" + id)).body(view(id));
	}

	@PutMapping("/{id}")
	ProductView replace(@PathVariable @Positive long id, @Valid @RequestBody ProductRequest request) {
		return view(this.update.handle(new UpdateProductCommand(new ProductId(id), request.toDetails())));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable @Positive long id) {
		this.delete.handle(new DeleteProductCommand(new ProductId(id)));
		return ResponseEntity.noContent().build();
	}

	private ProductView view(ProductId id) {
		return this.queries.byId(id).orElseThrow(() -> new ProductNotFoundException(id));
	}

	private static ProductPageQuery.Order order(String sort) {
		if (sort == null) {
			return ProductPageQuery.Order.ID;
		}
		return sort.endsWith("desc") ? ProductPageQuery.Order.PRICE_DESCENDING : ProductPageQuery.Order.PRICE_ASCENDING;
	}

}
