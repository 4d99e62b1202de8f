package io.cartlog.command.product;

import io.cartlog.command.common.CatalogHandles;
import io.cartlog.command.common.CatalogKind;
import io.cartlog.command.common.IdSource;
import io.cartlog.command.common.Patch;
import io.cartlog.command.common.Require;
import io.cartlog.events.product.PhysicalAttributes;
import io.cartlog.events.product.ProductImage;
import io.cartlog.events.product.ProductOption;
import io.cartlog.events.product.ProductOptionValue;
import io.cartlog.events.product.ProductVariant;
import io.cartlog.events.product.VariantPrice;
import io.cartlog.platform.web.ApiException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The product's invariants, as checks that turn a client's drafts into the values its events
 * carry. Field names in refusals are the request's, with positions: {@code variants[1].prices[0].amount}.
 */
final class ProductRules {

    static final Set<String> STATUSES = Set.of("draft", "proposed", "published", "rejected");

    private ProductRules() {
    }

    static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    static String status(String requested) {
        return Require.oneOf("status", requested, STATUSES);
    }

    static List<ProductImage> images(List<ImageDraft> requested, List<ProductImage> current, IdSource ids) {
        List<ProductImage> images = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ImageDraft draft = requested.get(i);
            String url = Require.text("images[" + i + "].url", draft == null ? null : draft.url());
            String id = current.stream()
                    .filter(image -> draft.id() == null ? image.url().equals(url) : image.id().equals(draft.id()))
                    .map(ProductImage::id)
                    .filter(existing -> images.stream().noneMatch(image -> image.id().equals(existing)))
                    .findFirst()
                    .orElseGet(() -> ids.next("img"));
            images.add(new ProductImage(id, url));
        }
        return images;
    }

    /** The options after a change: existing ones (by id, else by title) keep their ids and those of kept values. */
    static List<ProductOption> options(List<OptionDraft> requested, List<ProductOption> current, IdSource ids) {
        List<ProductOption> options = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String at = "options[" + i + "]";
            OptionDraft draft = requested.get(i);
            if (draft == null) {
                throw ApiException.invalidData("Invalid request: Field '" + at + "' is required");
            }
            String title = Require.text(at + ".title", draft.title());
            if (!titles.add(title)) {
                throw ApiException.invalidData("Invalid request: Field 'options' names the option '" + title + "' twice");
            }
            Optional<ProductOption> existing = draft.id() == null
                    ? current.stream().filter(option -> option.title().equals(title)).findFirst()
                    : Optional.of(current.stream().filter(option -> option.id().equals(draft.id())).findFirst()
                    .orElseThrow(() -> ApiException.invalidData("Invalid request: Field '" + at
                            + ".id' names no option of this product: '" + draft.id() + "'")));
            if (draft.values() == null || draft.values().isEmpty()) {
                throw ApiException.invalidData("Invalid request: Field '" + at + ".values' needs at least one value");
            }
            List<ProductOptionValue> values = new ArrayList<>();
            for (int v = 0; v < draft.values().size(); v++) {
                String value = Require.text(at + ".values[" + v + "]", draft.values().get(v));
                String valueId = existing.flatMap(option -> option.values().stream()
                                .filter(known -> known.value().equals(value)).findFirst())
                        .map(ProductOptionValue::id)
                        .orElseGet(() -> ids.next("optval"));
                values.add(new ProductOptionValue(valueId, value));
            }
            Require.distinct(at + ".values", values.stream().map(ProductOptionValue::value).toList());
            options.add(new ProductOption(existing.map(ProductOption::id).orElseGet(() -> ids.next("opt")), title, values));
        }
        return options;
    }

    static ProductVariant newVariant(String at, String variantId, VariantDraft draft, List<ProductOption> options,
                                     IdSource ids) {
        if (draft == null) {
            throw ApiException.invalidData("Invalid request: Field '" + (at.isEmpty() ? "variant" : at) + "' is required");
        }
        Map<String, String> chosen = draft.options() == null ? Map.of() : draft.options();
        requireFits(field(at, "options"), chosen, options);
        return new ProductVariant(
                variantId,
                Require.text(field(at, "title"), draft.title()),
                Require.optionalText(draft.sku()),
                Require.optionalText(draft.barcode()),
                Require.optionalText(draft.ean()),
                Require.optionalText(draft.upc()),
                new LinkedHashMap<>(chosen),
                prices(field(at, "prices"), draft.prices() == null ? List.of() : draft.prices(), List.of(), ids),
                draft.manageInventory() == null || draft.manageInventory(),
                Boolean.TRUE.equals(draft.allowBackorder()),
                quantity(field(at, "inventory_quantity"), draft.inventoryQuantity()),
                rank(field(at, "variant_rank"), draft.variantRank()),
                physical(at, new PhysicalAttributes(draft.weight(), draft.length(), draft.height(), draft.width(),
                        draft.hsCode(), draft.originCountry(), draft.midCode(), draft.material())),
                draft.metadata());
    }

    static ProductVariant changedVariant(ProductVariant current, VariantPatch patch, List<ProductOption> options,
                                         IdSource ids) {
        Map<String, String> chosen = patch.options() == null ? current.options() : new LinkedHashMap<>(patch.options());
        requireFits("options", chosen, options);
        return new ProductVariant(
                current.id(),
                patch.title() == null ? current.title() : Require.text("title", patch.title()),
                Require.optionalText(Patch.apply(patch.sku(), current.sku())),
                Require.optionalText(Patch.apply(patch.barcode(), current.barcode())),
                Require.optionalText(Patch.apply(patch.ean(), current.ean())),
                Require.optionalText(Patch.apply(patch.upc(), current.upc())),
                chosen,
                patch.prices() == null ? current.prices() : prices("prices", patch.prices(), current.prices(), ids),
                patch.manageInventory() == null ? current.manageInventory() : patch.manageInventory(),
                patch.allowBackorder() == null ? current.allowBackorder() : patch.allowBackorder(),
                patch.inventoryQuantity() == null ? current.inventoryQuantity()
                        : quantity("inventory_quantity", patch.inventoryQuantity()),
                patch.variantRank() == null ? current.variantRank() : rank("variant_rank", patch.variantRank()),
                physical("", patch.physical().applyTo(current.physical())),
                Patch.apply(patch.metadata(), current.metadata()));
    }

    /** Every option of the product gets exactly one of its values, and nothing else is chosen. */
    static void requireFits(String at, Map<String, String> chosen, List<ProductOption> options) {
        Optional<String> reason = misfit(chosen, options);
        if (reason.isPresent()) {
            throw ApiException.invalidData("Invalid request: Field '" + at + "' " + reason.get());
        }
    }

    static Optional<String> misfit(Map<String, String> chosen, List<ProductOption> options) {
        for (ProductOption option : options) {
            String value = chosen.get(option.title());
            if (value == null) {
                return Optional.of("has no value for option '" + option.title() + "'");
            }
            if (option.values().stream().noneMatch(known -> known.value().equals(value))) {
                return Optional.of("has '" + value + "' for option '" + option.title() + "', which is not one of "
                        + option.values().stream().map(ProductOptionValue::value).toList());
            }
        }
        for (String title : chosen.keySet()) {
            if (options.stream().noneMatch(option -> option.title().equals(title))) {
                return Optional.of("names '" + title + "', which is not an option of the product");
            }
        }
        return Optional.empty();
    }

    /** No two variants may choose the same values: a shopper could not tell them apart. */
    static void requireDistinctCombinations(String at, ProductVariant candidate, Iterable<ProductVariant> others) {
        for (ProductVariant other : others) {
            if (!other.id().equals(candidate.id()) && other.options().equals(candidate.options())) {
                throw ApiException.invalidData("Invalid request: Field '" + at + "' has the same option values "
                        + candidate.options() + " as variant '" + other.title() + "'");
            }
        }
    }

    static List<VariantPrice> prices(String at, List<PriceDraft> requested, List<VariantPrice> current, IdSource ids) {
        List<VariantPrice> prices = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            String priceAt = at + "[" + i + "]";
            PriceDraft draft = requested.get(i);
            if (draft == null) {
                throw ApiException.invalidData("Invalid request: Field '" + priceAt + "' is required");
            }
            String currency = Require.currencyCode(priceAt + ".currency_code", draft.currencyCode());
            if (draft.amount() == null) {
                throw ApiException.invalidData("Invalid request: Field '" + priceAt + ".amount' is required");
            }
            long amount = Require.nonNegative(priceAt + ".amount", Require.wholeNumber(priceAt + ".amount", draft.amount()));
            if (draft.regionConflicts()) {
                throw ApiException.invalidData("Invalid request: Field '" + priceAt
                        + ".rules.region_id' differs from its 'region_id'");
            }
            String regionId = draft.requestedRegionId() == null ? null
                    : Require.text(priceAt + ".region_id", draft.requestedRegionId());
            Integer earlier = seen.put(currency + "/" + regionId, i);
            if (earlier != null) {
                throw ApiException.invalidData("Invalid request: Field '" + priceAt + "' is a second price in '" + currency
                        + "'" + (regionId == null ? "" : " for region '" + regionId + "'") + ", after " + at + "["
                        + earlier + "]");
            }
            String id = current.stream()
                    .filter(price -> draft.id() == null
                            ? price.currencyCode().equals(currency) && Objects.equals(price.regionId(), regionId)
                            : price.id().equals(draft.id()))
                    .map(VariantPrice::id)
                    .findFirst()
                    .orElseGet(() -> ids.next("price"));
            prices.add(new VariantPrice(id, currency, amount, regionId));
        }
        return prices;
    }

    static PhysicalAttributes physical(String at, PhysicalAttributes requested) {
        return new PhysicalAttributes(
                Require.nonNegative(field(at, "weight"), requested.weight()),
                Require.nonNegative(field(at, "length"), requested.length()),
                Require.nonNegative(field(at, "height"), requested.height()),
                Require.nonNegative(field(at, "width"), requested.width()),
                Require.optionalText(requested.hsCode()),
                Require.optionalText(requested.originCountry()),
                Require.optionalText(requested.midCode()),
                Require.optionalText(requested.material()));
    }

    static List<String> categoryIds(List<String> requested, CatalogHandles catalog) {
        for (int i = 0; i < requested.size(); i++) {
            String id = Require.text("categories[" + i + "].id", requested.get(i));
            if (!catalog.exists(CatalogKind.CATEGORY, id)) {
                throw ApiException.invalidData("Invalid request: Field 'categories[" + i
                        + "].id' names no product category: '" + id + "'");
            }
        }
        Require.distinct("categories", requested);
        return List.copyOf(requested);
    }

    static String collectionId(String requested, CatalogHandles catalog) {
        String id = Require.optionalText(requested);
        if (id != null && !catalog.exists(CatalogKind.COLLECTION, id)) {
            throw ApiException.invalidData("Invalid request: Field 'collection_id' names no product collection: '"
                    + id + "'");
        }
        return id;
    }

    static List<String> salesChannelIds(List<String> requested) {
        for (int i = 0; i < requested.size(); i++) {
            Require.text("sales_channels[" + i + "].id", requested.get(i));
        }
        Require.distinct("sales_channels", requested);
        return List.copyOf(requested);
    }

    private static long quantity(String at, BigDecimal requested) {
        return requested == null ? 0 : Require.nonNegative(at, Require.wholeNumber(at, requested));
    }

    private static int rank(String at, BigDecimal requested) {
        long rank = quantity(at, requested);
        if (rank > Integer.MAX_VALUE) {
            throw ApiException.invalidData("Invalid request: Field '" + at + "' is too large");
        }
        return (int) rank;
    }
}
