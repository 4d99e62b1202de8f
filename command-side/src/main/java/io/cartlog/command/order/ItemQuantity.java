package io.cartlog.command.order;

/** An order item ({@code ordli_…}) and a quantity of it, as fulfillments and returns request them. */
interface ItemQuantity {

    String id();

    Long quantity();
}
