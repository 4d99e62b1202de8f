package io.cartlog.events.order;

import io.cartlog.events.common.PublicEvent;
import org.axonframework.serialization.Revision;

import java.util.List;

/** Some of an order's items packed as one fulfillment (a parcel), to be shipped together. */
@PublicEvent("order.fulfillment_created")
@Revision("1")
public record OrderFulfillmentCreatedEvent(String orderId, String fulfillmentId, List<Item> items) {

    /** @param itemId the order's item ({@code ordli_…}) */
    public record Item(String itemId, long quantity) {
    }
}
