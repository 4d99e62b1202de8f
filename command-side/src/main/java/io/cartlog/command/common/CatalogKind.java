package io.cartlog.command.common;

/** The resources whose handles (for promotions: codes) are unique among their kind. */
public enum CatalogKind {

    PRODUCT("product", "Product", "handle"),
    CATEGORY("product_category", "Product category", "handle"),
    COLLECTION("product_collection", "Product collection", "handle"),
    /** Codes are claimed upper-case, which makes them unique case-insensitively. */
    PROMOTION("promotion", "Promotion", "code"),
    /** Emails are claimed lower-case: one account per email, in any case. */
    CUSTOMER_ACCOUNT("customer_account", "Customer", "email");

    private final String key;
    private final String displayName;
    private final String field;

    CatalogKind(String key, String displayName, String field) {
        this.key = key;
        this.displayName = displayName;
        this.field = field;
    }

    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    /** What the unique value is called in messages. */
    public String field() {
        return field;
    }
}
