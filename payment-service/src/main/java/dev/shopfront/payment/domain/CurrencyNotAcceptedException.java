package dev.shopfront.payment.domain;

/**
 * A payment asked for another currency than the shop's: prices come from the catalogue in
 * the shop's currency, so the amount in any other would be wrong.
 */
public class CurrencyNotAcceptedException extends RuntimeException {

	public CurrencyNotAcceptedException(String requested, String shopCurrency) {
		super("currency %s is not accepted: prices are in %s".formatted(requested, shopCurrency));
	}

}
