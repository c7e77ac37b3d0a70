package dev.shopfront.basket.interfaces.http;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.shopfront.basket.application.command.AddItemCommand;
import dev.shopfront.basket.application.command.AddItemHandler;
import dev.shopfront.basket.application.command.ClearBasketCommand;
import dev.shopfront.basket.application.command.ClearBasketHandler;
import dev.shopfront.basket.application.command.CreateBasketCommand;
import dev.shopfront.basket.application.command.CreateBasketHandler;
import dev.shopfront.basket.application.command.DeleteBasketCommand;
import dev.shopfront.basket.application.command.DeleteBasketHandler;
import dev.shopfront.basket.application.command.RemoveItemCommand;
import dev.shopfront.basket.application.command.RemoveItemHandler;
import dev.shopfront.basket.application.command.SetItemQuantityCommand;
import dev.shopfront.basket.application.command.SetItemQuantityHandler;
import dev.shopfront.basket.application.query.BasketQueries;
import dev.shopfront.basket.application.query.BasketView;
import dev.shopfront.basket.domain.ProductId;
import dev.shopfront.basket.domain.UserId;
import dev.shopfront.platform.web.Problems;

/**
 * Baskets over REST. Every change answers with the basket as it is afterwards.
 */
@RestController
@RequestMapping("/baskets")
@Validated
class BasketController {

	private final BasketQueries queries;

	private final CreateBasketHandler create;

	private final DeleteBasketHandler delete;

	private final AddItemHandler add;

	private final SetItemQuantityHandler setQuantity;

	private final RemoveItemHandler remove;

	private final ClearBasketHandler clear;

	BasketController(BasketQueries queries, CreateBasketHandler create, DeleteBasketHandler delete, AddItemHandler add,
			SetItemQuantityHandler setQuantity, RemoveItemHandler remove, ClearBasketHandler clear) {
		this.queries = queries;
		this.create = create;
		this.delete = delete;
		this.add = add;
		this.setQuantity = setQuantity;
		this.remove = remove;
		this.clear = clear;
	}

	@GetMapping("/{userId}")
	BasketView get(@PathVariable @Pattern(regexp = UserId.PATTERN, message = "must be " + UserId.RULE) String userId) {
		return this.queries.basketOf(new UserId(userId));
	}

	@PostMapping
	ResponseEntity<BasketView> create(@Valid @RequestBody CreateBasketRequest request) {
		UserId userId = new UserId(request.userId());
		this.create.handle(new CreateBasketCommand(userId));
		return ResponseEntity.created(URI.create("/baskets/" + userId)).body(this.queries.basketOf(userId));
	}

	@DeleteMapping("/{userId}")
	ResponseEntity<Void> delete(
			@PathVariable @Pattern(regexp = UserId.PATTERN, message = "must be " + UserId.RULE) String userId) {
		if (!this.delete.handle(new DeleteBasketCommand(new UserId(userId)))) {
			// A problem like every other error, not an empty 404.
			throw new ErrorResponseException(HttpStatus.NOT_FOUND,
					Problems.of(HttpStatus.NOT_FOUND, "Basket not found", "user %s has no basket".formatted(userId)),
					null);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{userId}/items")
	BasketView addItem(
			@PathVariable @Pattern(regexp = UserId.PATTERN, message = "must be " + UserId.RULE) String userId,
			@Valid @RequestBody AddItemRequest request) {
		UserId user = new UserId(userId);
		this.add.handle(new AddItemCommand(user, new ProductId(request.productId()), request.quantity()));
		return this.queries.basketOf(user);
	}

	@PutMapping("/{userId}/items/{productId}")
	BasketView setQuantity(
			@PathVariable @Pattern(regexp = UserId.PATTERN, message = "must be " + UserId.RULE) String userId,
			@PathVariable @Positive long productId, @Valid @RequestBody SetItemQuantityRequest request) {
		UserId user = new UserId(userId);
		this.setQuantity.handle(new SetItemQuantityCommand(user, new ProductId(productId), request.quantity()));
		return this.queries.basketOf(user);
	}

	@DeleteMapping("/{userId}/items/{productId}")
	BasketView removeItem(
			@PathVariable @Pattern(regexp = UserId.PATTERN, message = "must be " + UserId.RULE) String userId,
			@PathVariable @Positive long productId) {
		UserId user = new UserId(userId);
		this.remove.handle(new RemoveItemCommand(user, new ProductId(productId)));
		return this.queries.basketOf(user);
	}

	@DeleteMapping("/{userId}/items")
	BasketView clear(
			@PathVariable @Pattern(regexp = UserId.PATTERN, message = "must be " + UserId.RULE) String userId) {
		UserId user = new UserId(userId);
		this.clear.handle(new ClearBasketCommand(user));
		return this.queries.basketOf(user);
	}

}
