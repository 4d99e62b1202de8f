package io.cartlog.queries.collection;

public record FindProductCollectionQuery(String collectionId) {
}
