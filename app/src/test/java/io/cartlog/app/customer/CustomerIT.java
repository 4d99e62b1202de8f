package io.cartlog.app.customer;

import io.cartlog.app.support.CartlogIT;
import io.cartlog.platform.testing.ApiClient;
import io.cartlog.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers through both Medusa generations: accounts, sessions, the profile and the address book. */
class CustomerIT extends CartlogIT {

    private static String email() {
        return "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    private ApiClient bearer(String token) {
        return store().withHeader("Authorization", "Bearer " + token);
    }

    /** Registers, creates the customer and logs in, Medusa v2's way; answers the login token. */
    private String customerToken(String email, String password) {
        String registration = anonymous().post("/auth/customer/emailpass/register",
                Map.of("email", email, "password", password)).text("/token");
        Response created = bearer(registration).post("/store/customers", Map.of("first_name", "Ada"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", password))
                .text("/token");
    }

    private static String sessionCookie(Response response) {
        return response.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(cookie -> cookie.startsWith("connect.sid=")).findFirst().orElseThrow();
    }

    private ApiClient withCookie(String setCookie) {
        return store().withHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';')));
    }

    @Test
    void aShopperRegistersCreatesTheirCustomerLogsInAndReadsThemselves() {
        String email = email();

        Response registered = anonymous().post("/auth/customer/emailpass/register",
                Map.of("email", email.toUpperCase(), "password", "correct horse"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(200);
        Response created = bearer(registered.text("/token")).post("/store/customers",
                Map.of("first_name", "Ada", "last_name", "Lovelace", "phone", "+4930123"));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        JsonNode customer = created.body().at("/customer");
        assertThat(customer.at("/id").asString()).startsWith("cus_");
        assertThat(customer.at("/email").asString()).isEqualTo(email);
        assertThat(customer.at("/has_account").asBoolean()).isTrue();
        assertThat(customer.at("/first_name").asString()).isEqualTo("Ada");
        assertThat(customer.at("/addresses").isEmpty()).isTrue();
        assertThat(bearer(registered.text("/token")).get("/store/customers/me").status()).isEqualTo(401);

        Response login = anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", "correct horse"));

        assertThat(login.status()).isEqualTo(200);
        Response me = bearer(login.text("/token")).get("/store/customers/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("/customer/id")).isEqualTo(customer.at("/id").asString());
        Response refreshed = bearer(login.text("/token")).post("/auth/token/refresh", Map.of());
        assertThat(bearer(refreshed.text("/token")).get("/store/customers/me").text("/customer/email")).isEqualTo(email);
    }

    @Test
    void aSessionCookieAuthenticatesUntilLogout() {
        String token = customerToken(email(), "correct horse");

        Response session = bearer(token).post("/auth/session", Map.of());

        String cookie = sessionCookie(session);
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(sessionCookie(anonymous().withHeader("Authorization", "Bearer " + token)
                .withHeader("X-Forwarded-Proto", "https").post("/auth/session", Map.of()))).contains("Secure");
        assertThat(withCookie(cookie).get("/store/customers/me").status()).isEqualTo(200);

        Response logout = withCookie(cookie).delete("/auth/session");

        assertThat(logout.status()).isEqualTo(200);
        assertThat(sessionCookie(logout)).startsWith("connect.sid=;").contains("Max-Age=0");
        assertError(withCookie(cookie).get("/store/customers/me"), 401, "unauthorized", null);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswerAndRepeatedFailuresAreSlowedDown() {
        String email = email();
        customerToken(email, "correct horse");

        Response wrong = anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", "wrong horse"));
        Response unknown = anonymous().post("/auth/customer/emailpass",
                Map.of("email", email(), "password", "correct horse"));

        assertError(wrong, 401, "unauthorized", "Invalid email or password");
        assertThat(unknown.body()).isEqualTo(wrong.body());
        for (int attempt = 2; attempt <= 5; attempt++) {
            assertError(anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", "guess " + attempt)),
                    401, "unauthorized", null);
        }
        assertError(anonymous().post("/auth/customer/emailpass", Map.of("email", email, "password", "correct horse")),
                429, "too_many_attempts", null);
        assertError(store().post("/store/auth", Map.of("email", email, "password", "correct horse")),
                429, "too_many_attempts", null);
    }

    @Test
    void aTamperedExpiredOrForeignTokenAuthenticatesNobody() throws Exception {
        String token = customerToken(email(), "correct horse");
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String otherCustomer = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replaceAll("cus_[0-9A-Z]+", "cus_01JSOMEBODYELSE0000000000").getBytes());

        assertError(bearer(parts[0] + "." + otherCustomer + "." + parts[2]).get("/store/customers/me"), 401,
                "unauthorized", null);
        assertError(bearer(token.substring(0, token.length() - 2) + "xx").get("/store/customers/me"), 401,
                "unauthorized", null);
        assertError(bearer(Tokens.signed(JWT_SECRET, payload, -60)).get("/store/customers/me"), 401,
                "unauthorized", null);
        assertError(bearer(Tokens.signed("another-secret-that-is-at-least-32-bytes", payload, 3600))
                .get("/store/customers/me"), 401, "unauthorized", null);
        assertError(bearer(Tokens.unsigned(payload)).get("/store/customers/me"), 401, "unauthorized", null);
        assertThat(bearer(Tokens.signed(JWT_SECRET, payload, 3600)).get("/store/customers/me").status()).isEqualTo(200);
    }

    @Test
    void oneEmailRegistersOnceInAnyCaseEvenAtTheSameTime() throws Exception {
        String email = email();
        List<String> spellings = List.of(email, email.toUpperCase(), "  " + email, email.replace("ada", "ADA"),
                email.replace("example", "EXAMPLE"), email, email.toUpperCase(), email.replace("test", "Test"));

        List<Integer> statuses = java.util.concurrent.Executors.newFixedThreadPool(spellings.size()).invokeAll(
                spellings.stream().map(spelling -> (java.util.concurrent.Callable<Integer>) () -> anonymous()
                        .post("/auth/customer/emailpass/register", Map.of("email", spelling, "password", "correct horse"))
                        .status()).toList())
                .stream().map(future -> {
                    try {
                        return future.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 400);
        assertError(anonymous().post("/auth/customer/emailpass/register",
                Map.of("email", email.toUpperCase(), "password", "correct horse")), 400, "invalid_data",
                "Identity with email already exists");
    }

    @Test
    void theProfileAndTheAddressBookChange() {
        ApiClient me = bearer(customerToken(email(), "correct horse"));

        Response updated = me.post("/store/customers/me", Map.of("last_name", "Byron", "company_name", "Analytical"));
        Response patched = me.patch("/store/customers/me", Map.of("phone", "+4930999"));

        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(updated.text("/customer/last_name")).isEqualTo("Byron");
        assertThat(patched.text("/customer/phone")).isEqualTo("+4930999");
        assertThat(patched.text("/customer/company_name")).isEqualTo("Analytical");
        assertThat(me.post("/store/customers/me", Map.of("email", "new@example.test")).status()).isEqualTo(400);

        Response home = me.post("/store/customers/me/addresses", Map.of("address_name", "Home", "first_name", "Ada",
                "address_1", "Unter den Linden 1", "city", "Berlin", "country_code", "DE", "postal_code", "10117",
                "is_default_shipping", true, "is_default_billing", true));
        String homeId = home.text("/customer/addresses/0/id");
        Response office = me.post("/store/customers/me/addresses", Map.of("address_name", "Office",
                "address_1", "Karl-Marx-Allee 1", "city", "Berlin", "country_code", "de", "is_default_shipping", true));
        String officeId = office.text("/customer/addresses/1/id");

        assertThat(homeId).startsWith("cuaddr_");
        assertThat(home.text("/customer/addresses/0/country_code")).isEqualTo("de");
        assertThat(home.text("/customer/default_shipping_address_id")).isEqualTo(homeId);
        assertThat(office.text("/customer/default_shipping_address_id")).isEqualTo(officeId);
        assertThat(office.text("/customer/default_billing_address_id")).isEqualTo(homeId);
        assertThat(office.body().at("/customer/addresses/0/is_default_shipping").asBoolean()).isFalse();

        Response moved = me.post("/store/customers/me/addresses/" + officeId, Map.of("city", "Potsdam"));
        assertThat(moved.text("/customer/addresses/1/city")).isEqualTo("Potsdam");
        assertThat(moved.text("/customer/addresses/1/address_1")).isEqualTo("Karl-Marx-Allee 1");
        assertThat(me.get("/store/customers/me/addresses").body().at("/count").asLong()).isEqualTo(2);
        assertThat(me.get("/store/customers/me/addresses/" + homeId).text("/address/address_name")).isEqualTo("Home");

        Response deleted = me.delete("/store/customers/me/addresses/" + homeId);

        assertThat(deleted.body().at("/deleted").asBoolean()).isTrue();
        assertThat(deleted.text("/object")).isEqualTo("customer_address");
        assertThat(deleted.body().at("/parent/addresses")).hasSize(1);
        assertError(me.get("/store/customers/me/addresses/" + homeId), 404, "not_found", null);
        assertError(me.delete("/store/customers/me/addresses/" + homeId), 404, "not_found", null);
        assertError(me.post("/store/customers/me/addresses", Map.of("country_code", "Germany")), 400, "invalid_data",
                null);
        assertError(store().get("/store/customers/me"), 401, "unauthorized", null);
    }

    @Test
    void medusaV1AGuestRegistersLaterAndLogsInWithASession() {
        String email = email();

        Response guest = store().post("/store/customers", Map.of("email", email, "first_name", "Grace",
                "last_name", "Hopper"));
        assertThat(guest.status()).as(guest.body().toString()).isEqualTo(200);
        assertThat(guest.body().at("/customer/has_account").asBoolean()).isFalse();
        assertThat(store().get("/store/auth/" + email).body().at("/exists").asBoolean()).isFalse();

        Response registered = store().post("/store/customers", Map.of("email", email, "password", "correct horse",
                "first_name", "Grace", "last_name", "Hopper"));

        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(200);
        assertThat(registered.text("/customer/id")).isEqualTo(guest.text("/customer/id"));
        assertThat(registered.body().at("/customer/has_account").asBoolean()).isTrue();
        assertThat(store().get("/store/auth/" + email.toUpperCase()).body().at("/exists").asBoolean()).isTrue();
        assertThat(withCookie(sessionCookie(registered)).get("/store/auth").text("/customer/email")).isEqualTo(email);

        assertError(store().post("/store/auth", Map.of("email", email, "password", "wrong horse")), 401,
                "unauthorized", "Invalid email or password");
        Response login = store().post("/store/auth", Map.of("email", email, "password", "correct horse"));
        assertThat(login.text("/customer/id")).isEqualTo(guest.text("/customer/id"));
        String cookie = sessionCookie(login);
        assertThat(withCookie(cookie).get("/store/auth").status()).isEqualTo(200);

        assertThat(withCookie(cookie).delete("/store/auth").status()).isEqualTo(200);
        assertError(withCookie(cookie).get("/store/auth"), 401, "unauthorized", null);
    }
}
