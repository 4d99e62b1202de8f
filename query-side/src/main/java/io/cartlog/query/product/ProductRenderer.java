package io.cartlog.query.product;

import io.cartlog.events.product.PhysicalAttributes;
import io.cartlog.events.product.ProductImage;
import io.cartlog.events.product.ProductOption;
import io.cartlog.events.product.ProductOptionValue;
import io.cartlog.events.product.ProductVariant;
import io.cartlog.events.product.VariantPrice;
import io.cartlog.queries.category.ProductCategoryView;
import io.cartlog.queries.collection.ProductCollectionView;
import io.cartlog.queries.product.ProductView;
import io.cartlog.queries.product.ProductView.CalculatedPriceView;
import io.cartlog.queries.product.ProductView.ImageView;
import io.cartlog.queries.product.ProductView.OptionValueView;
import io.cartlog.queries.product.ProductView.OptionView;
import io.cartlog.queries.product.ProductView.PriceRef;
import io.cartlog.queries.product.ProductView.PriceView;
import io.cartlog.queries.product.ProductView.RawAmount;
import io.cartlog.queries.product.ProductView.SalesChannelRef;
import io.cartlog.queries.product.ProductView.VariantOptionView;
import io.cartlog.queries.product.ProductView.VariantView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Turns a stored product into Medusa's product shape, for the admin or for a storefront. */
final class ProductRenderer {

    private ProductRenderer() {
    }

    /**
     * @param prices null for the admin's view (every price listed) and for a storefront request
     *               that named neither region nor currency (no {@code calculated_price})
     * @param available units available by variant id (stocked less reserved), shown as the
     *               {@code inventory_quantity} of inventory-managed variants found in it; the
     *               others show the catalog's figure
     * @param store  whether a storefront asks: no price lists, no sales channels
     */
    static ProductView render(ProductDocument product, long version, Map<String, ProductCategoryView> categories,
                              Map<String, ProductCollectionView> collections, Map<String, Long> available,
                              PriceContext prices, boolean store) {
        PhysicalAttributes physical = product.physical();
        List<OptionView> options = product.options().stream()
                .map(option -> option(option, product, true))
                .toList();
        return new ProductView(
                product.id(),
                product.title(),
                product.subtitle(),
                product.description(),
                product.handle(),
                product.status(),
                product.isGiftcard(),
                product.discountable(),
                product.thumbnail(),
                product.collectionId(),
                null,
                physical.weight(),
                physical.length(),
                physical.height(),
                physical.width(),
                physical.hsCode(),
                physical.originCountry(),
                physical.midCode(),
                physical.material(),
                product.externalId(),
                product.metadata(),
                product.createdAt(),
                product.updatedAt(),
                null,
                product.variants().stream().map(variant -> variant(variant, product, available, prices, store)).toList(),
                null,
                product.collectionId() == null ? null : collections.get(product.collectionId()),
                options,
                List.of(),
                images(product),
                product.categoryIds().stream().map(categories::get).filter(Objects::nonNull).toList(),
                store ? null : product.salesChannelIds().stream().map(SalesChannelRef::new).toList(),
                version);
    }

    private static VariantView variant(ProductDocument.VariantDocument document, ProductDocument product,
                                       Map<String, Long> available, PriceContext prices, boolean store) {
        ProductVariant variant = document.variant();
        PhysicalAttributes physical = variant.physical();
        return new VariantView(
                variant.id(),
                variant.title(),
                variant.sku(),
                variant.barcode(),
                variant.ean(),
                variant.upc(),
                variant.allowBackorder(),
                variant.manageInventory(),
                variant.manageInventory() ? available.getOrDefault(variant.id(), variant.inventoryQuantity())
                        : variant.inventoryQuantity(),
                physical.hsCode(),
                physical.originCountry(),
                physical.midCode(),
                physical.material(),
                physical.weight(),
                physical.length(),
                physical.height(),
                physical.width(),
                variant.metadata(),
                variant.variantRank(),
                null,
                product.id(),
                document.createdAt(),
                document.updatedAt(),
                null,
                variantOptions(variant, product),
                store ? null : variant.prices().stream().map(ProductRenderer::price).toList(),
                prices == null ? null : calculatedPrice(variant, prices));
    }

    /** The variant's chosen values, in the order of the product's options. */
    private static List<VariantOptionView> variantOptions(ProductVariant variant, ProductDocument product) {
        List<VariantOptionView> chosen = new ArrayList<>();
        for (ProductOption option : product.options()) {
            String value = variant.options().get(option.title());
            option.values().stream().filter(known -> known.value().equals(value)).findFirst().ifPresent(known ->
                    chosen.add(new VariantOptionView(known.id(), known.value(), null, null, option.id(),
                            option(option, product, false), product.createdAt(), product.updatedAt(), null)));
        }
        return chosen;
    }

    private static OptionView option(ProductOption option, ProductDocument product, boolean withValues) {
        return new OptionView(option.id(), option.title(), true, null, product.createdAt(), product.updatedAt(), null,
                withValues ? option.values().stream().map(value -> optionValue(value, option, product)).toList() : null);
    }

    private static OptionValueView optionValue(ProductOptionValue value, ProductOption option, ProductDocument product) {
        return new OptionValueView(value.id(), value.value(), null, null, option.id(), product.createdAt(),
                product.updatedAt(), null);
    }

    private static List<ImageView> images(ProductDocument product) {
        List<ImageView> images = new ArrayList<>();
        List<ProductImage> stored = product.images();
        for (int rank = 0; rank < stored.size(); rank++) {
            images.add(new ImageView(stored.get(rank).id(), stored.get(rank).url(), null, rank, product.id(),
                    product.createdAt(), product.updatedAt(), null));
        }
        return images;
    }

    private static PriceView price(VariantPrice price) {
        return new PriceView(price.id(), price.currencyCode(), price.amount(), null, null,
                price.regionId() == null ? Map.of() : Map.of("region_id", price.regionId()));
    }

    /** The region's own price in its currency, else the plain price in that currency; none when neither exists. */
    private static CalculatedPriceView calculatedPrice(ProductVariant variant, PriceContext context) {
        Optional<VariantPrice> regional = context.regionId() == null ? Optional.empty() : variant.prices().stream()
                .filter(price -> price.currencyCode().equals(context.currencyCode())
                        && context.regionId().equals(price.regionId()))
                .findFirst();
        return regional
                .or(() -> variant.prices().stream()
                        .filter(price -> price.currencyCode().equals(context.currencyCode()) && price.regionId() == null)
                        .findFirst())
                .map(price -> {
                    RawAmount raw = new RawAmount(Long.toString(price.amount()), 20);
                    PriceRef ref = new PriceRef(price.id(), null, null, null, null);
                    return new CalculatedPriceView(priceSetId(variant), false, false, price.amount(), raw, false, false,
                            price.amount(), raw, price.currencyCode(), ref, ref);
                })
                .orElse(null);
    }

    /** Medusa names a variant's prices as a price set; ours is the variant's, so its id follows the variant's. */
    private static String priceSetId(ProductVariant variant) {
        return "pset_" + variant.id().substring(variant.id().indexOf('_') + 1);
    }
}
