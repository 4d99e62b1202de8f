package io.cartlog.command.apikey;

import io.cartlog.command.common.Require;

import java.util.Arrays;
import java.util.List;

/** Medusa's two kinds of key: publishable ones open the storefront API, secret ones are kept by back offices. */
public enum KeyType {
    PUBLISHABLE("publishable", "pk_"),
    SECRET("secret", "sk_");

    private static final List<String> CODES = Arrays.stream(values()).map(KeyType::code).toList();

    private final String code;
    private final String tokenPrefix;

    KeyType(String code, String tokenPrefix) {
        this.code = code;
        this.tokenPrefix = tokenPrefix;
    }

    static KeyType of(String field, String code) {
        Require.oneOf(field, code, CODES);
        return code.equals(SECRET.code) ? SECRET : PUBLISHABLE;
    }

    String code() {
        return code;
    }

    String tokenPrefix() {
        return tokenPrefix;
    }
}
