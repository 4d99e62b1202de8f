package io.cartlog.command.customer;

import io.cartlog.platform.auth.Authenticated;
import io.cartlog.platform.auth.CustomerSessions;
import io.cartlog.platform.readmodel.ReadModelQueries;
import io.cartlog.platform.web.ApiException;
import io.cartlog.queries.customer.CustomerView;
import io.cartlog.queries.customer.FindCustomerQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Medusa v1's login and logout: an email and password open a session cookie and answer the customer. */
@RestController
class StoreAuthController {

    private final CustomerLogins logins;
    private final CustomerSessions sessions;
    private final ReadModelQueries queries;

    StoreAuthController(CustomerLogins logins, CustomerSessions sessions, ReadModelQueries queries) {
        this.logins = logins;
        this.sessions = sessions;
        this.queries = queries;
    }

    @PostMapping("/store/auth")
    Map<String, CustomerView> login(@RequestBody(required = false) EmailPassAuthController.Credentials body,
                                    HttpServletRequest request, HttpServletResponse response) {
        AuthIdentities.Identity identity = logins.authenticate(body == null ? null : body.email(),
                body == null ? null : body.password());
        CustomerView customer = identity.customerId() == null ? null
                : queries.find(new FindCustomerQuery(identity.customerId()), CustomerView.class).orElse(null);
        if (customer == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "unauthorized",
                    "Invalid email or password");
        }
        sessions.start(new Authenticated(identity.id(), identity.customerId()), request, response);
        return Map.of("customer", customer);
    }

    @DeleteMapping("/store/auth")
    Map<String, Object> logout(HttpServletRequest request, HttpServletResponse response) {
        sessions.end(request, response);
        return Map.of();
    }
}
