package dev.shopfront.notification.domain;

/**
 * What a channel did with a notification it accepted.
 */
public enum Delivery {

	/**
	 * Handed on (to a mail relay, an SMS gateway): delivery to the person is not known.
	 */
	SENT,

	/** In the user's hands: the in-app inbox holds it. */
	DELIVERED

}
