package io.cartlog.command.common;

import io.cartlog.platform.web.ApiException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the {@link ApiException} a client would get, by its HTTP status and code. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<ApiException> refusal(int status, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ApiException e) {
                return e.status().value() == status && code.equals(e.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + status + " " + code);
            }
        };
    }
}
