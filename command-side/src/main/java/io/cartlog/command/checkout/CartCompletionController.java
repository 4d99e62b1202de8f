package io.cartlog.command.checkout;

import io.cartlog.command.cart.StartCartCompletionCommand;
import io.cartlog.command.common.PathIds;
import io.cartlog.events.common.Ids;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.readmodel.ReadYourWrites;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.cart.CartView;
import io.cartlog.queries.cart.FindCartQuery;
import io.cartlog.queries.checkout.CheckoutView;
import io.cartlog.queries.checkout.FindCheckoutQuery;
import io.cartlog.queries.order.FindOrderByCartQuery;
import io.cartlog.queries.order.FindOrderQuery;
import io.cartlog.queries.order.OrderView;
import io.cartlog.queries.payment.FindPaymentCollectionByCartQuery;
import io.cartlog.queries.payment.PaymentCollectionView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /store/carts/{id}/complete}: starts the checkout saga and answers with its end, as
 * Medusa v2 does: {@code {type: "order", order}} or {@code {type: "cart", cart, error}}. A request
 * carrying an idempotency key already used on this cart replays that attempt's answer.
 */
@RestController
class CartCompletionController {

    /** What the checkout view stores of a key. */
    static final int MAX_KEY_LENGTH = 255;

    private final CommandGateway commands;
    private final ReadModelQueries queries;
    private final ReadYourWrites readModel;
    private final Checkouts checkouts;

    CartCompletionController(CommandGateway commands, ReadModelQueries queries, ReadYourWrites readModel,
                             Checkouts checkouts) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.checkouts = checkouts;
    }

    @PostMapping("/store/carts/{id}/complete")
    Map<String, Object> complete(@PathVariable String id,
                                 @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
        String cartId = PathIds.require("cart", id);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? Ids.next("idem") : idempotencyKey;
        if (key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalidData("Invalid request: Header 'Idempotency-Key' must be at most "
                    + MAX_KEY_LENGTH + " characters");
        }
        FindCheckoutQuery attempt = new FindCheckoutQuery(cartId, key);
        Optional<CheckoutView> earlier = queries.find(attempt, CheckoutView.class);
        if (earlier.isPresent()) {
            return answer(earlier.get().ended() ? earlier.get()
                    : readModel.awaitReported(attempt, CheckoutView.class, CheckoutView::version,
                    earlier.get().version() + 1));
        }
        CartView cart = queries.find(new FindCartQuery(cartId), CartView.class)
                .orElseThrow(() -> ApiException.notFound("cart_not_found", "Cart with id '" + cartId + "' not found"));
        if (cart.completedAt() != null) {
            return order(queries.find(new FindOrderByCartQuery(cartId), OrderView.class).orElseThrow());
        }
        Checkouts.Ready ready = checkouts.prepare(cartId);
        StartCartCompletionCommand start = new StartCartCompletionCommand(cartId, ready.version(), Ids.next("chk"), key,
                ready.paymentCollectionId(), ready.cart());
        try {
            return answer(readModel.afterCommand(() -> started(start) + 1, attempt, CheckoutView.class,
                    CheckoutView::version));
        } catch (ApiException refused) {
            if (!"cart_completed".equals(refused.code())) {
                throw refused;
            }
            // Another request completed the cart after this one read it open: its order is the answer.
            return order(readModel.await(new FindOrderByCartQuery(cartId), OrderView.class, OrderView::version, 0));
        }
    }

    private long started(StartCartCompletionCommand start) {
        try {
            return commands.sendAndWait(start);
        } catch (ConcurrencyException lostRace) {
            throw ApiException.conflict("conflict", "Cart " + start.cartId() + " changed or is being completed");
        }
    }

    /** The attempt's outcome, once the cart view too shows it: a read of the cart right after agrees. */
    private Map<String, Object> answer(CheckoutView checkout) {
        CartView cart = readModel.awaitReported(new FindCartQuery(checkout.cartId()), CartView.class,
                CartView::version, checkout.version());
        if ("completed".equals(checkout.status())) {
            // The order shows its payment as the collection's view, another processor, does: wait until it has it.
            readModel.awaitReported(new FindPaymentCollectionByCartQuery(checkout.cartId()),
                    PaymentCollectionView.class, collection -> collection.paymentId() == null ? 0 : 1, 1);
            return order(readModel.awaitReported(new FindOrderQuery(checkout.orderId()), OrderView.class,
                    OrderView::version, 0));
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "invalid_data");
        error.put("code", checkout.errorCode());
        error.put("message", checkout.errorMessage());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", "cart");
        answer.put("cart", cart);
        answer.put("error", error);
        return answer;
    }

    private static Map<String, Object> order(OrderView order) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", "order");
        answer.put("order", order);
        return answer;
    }
}
