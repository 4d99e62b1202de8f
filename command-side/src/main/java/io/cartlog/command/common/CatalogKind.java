package io.cartlog.command.common;

/** The catalog resources whose handles are unique among their kind. */
public enum CatalogKind {

    PRODUCT("product", "Product"),
    CATEGORY("product_category", "Product category"),
    COLLECTION("product_collection", "Product collection");

    private final String key;
    private final String displayName;

    CatalogKind(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }
}
