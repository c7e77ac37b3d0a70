package dev.shopfront.payment.interfaces.http;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.shopfront.payment.application.command.CancelPaymentCommand;
import dev.shopfront.payment.application.command.CancelPaymentHandler;
import dev.shopfront.payment.application.command.CreatePaymentCommand;
import dev.shopfront.payment.application.command.CreatePaymentHandler;
import dev.shopfront.payment.application.command.ProcessPaymentCommand;
import dev.shopfront.payment.application.command.ProcessPaymentHandler;
import dev.shopfront.payment.application.command.RefundPaymentCommand;
import dev.shopfront.payment.application.command.RefundPaymentHandler;
import dev.shopfront.payment.application.query.PaymentQueries;
import dev.shopfront.payment.application.query.PaymentView;
import dev.shopfront.payment.domain.IdempotencyKey;
import dev.shopfront.payment.domain.PaymentNotFoundException;
import dev.shopfront.payment.domain.PaymentRequest;
import dev.shopfront.payment.domain.PaymentStatus;
import dev.shopfront.payment.domain.UserId;

/**
 * Payments over REST. Commands answer with the payment as it is afterwards.
 */
@RestController
@Validated
class PaymentController {

	private static final String PAYMENT_ID = "[0-9a-fA-F-]{36}";

	private final CreatePaymentHandler create;

	private final ProcessPaymentHandler process;

	private final CancelPaymentHandler cancel;

	private final RefundPaymentHandler refund;

	private final PaymentQueries queries;

	PaymentController(CreatePaymentHandler create, ProcessPaymentHandler process, CancelPaymentHandler cancel,
			RefundPaymentHandler refund, PaymentQueries queries) {
		this.create = create;
		this.process = process;
		this.cancel = cancel;
		this.refund = refund;
		this.queries = queries;
	}

	@PostMapping("/payments")
	ResponseEntity<PaymentView> create(@Valid @RequestBody CreatePaymentRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1,
					max = 128) String idempotencyKey) {
		PaymentRequest request = body.toRequest();
		String id = this.create.handle(new CreatePaymentCommand(request, IdempotencyKey.of(idempotencyKey, request)));
		return ResponseEntity.created(URI.create("/payments/" + id)).body(view(id));
	}

	@GetMapping("/payments/{id}")
	PaymentView get(@PathVariable @Pattern(regexp = PAYMENT_ID, message = "must be a payment id (UUID)") String id) {
		return view(id);
	}

	@PostMapping("/payments/{id}/process")
	PaymentView process(
			@PathVariable @Pattern(regexp = PAYMENT_ID, message = "must be a payment id (UUID)") String id) {
		return view(this.process.handle(new ProcessPaymentCommand(id)));
	}

	@PostMapping("/payments/{id}/cancel")
	PaymentView cancel(@PathVariable @Pattern(regexp = PAYMENT_ID, message = "must be a payment id (UUID)") String id) {
		return view(this.cancel.handle(new CancelPaymentCommand(id)));
	}

	@PostMapping("/payments/{id}/refund")
	PaymentView refund(@PathVariable @Pattern(regexp = PAYMENT_ID, message = "must be a payment id (UUID)") String id) {
		return view(this.refund.handle(new RefundPaymentCommand(id)));
	}

	@GetMapping("/payments")
	PaymentPageResponse list(@RequestParam(required = false) @Pattern(
			regexp = "pending|processing|completed|failed|cancelled|expired|refunded",
			message = "must be one of pending, processing, completed, failed, cancelled, expired, refunded") String status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return PaymentPageResponse
			.of(this.queries.page((status != null) ? PaymentStatus.parse(status) : null, page, size));
	}

	@GetMapping("/users/{userId}/payments")
	PaymentPageResponse ofUser(
			@PathVariable @Pattern(regexp = UserId.PATTERN, message = "must be " + UserId.RULE) String userId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return PaymentPageResponse.of(this.queries.ofUser(new UserId(userId), page, size));
	}

	private PaymentView view(String id) {
		return this.queries.byId(id)
			.orElseThrow(() -> new PaymentNotFoundException("payment %s does not exist".formatted(id)));
	}

}
