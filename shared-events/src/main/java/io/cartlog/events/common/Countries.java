package io.cartlog.events.common;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166 countries as the JDK knows them; codes are lower case on the wire, as in Medusa. */
public final class Countries {

    private static final Set<String> ISO_2 = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isKnown(String iso2) {
        return iso2 != null && ISO_2.contains(iso2.toUpperCase(Locale.ROOT));
    }

    public static Optional<Country> find(String iso2) {
        if (!isKnown(iso2)) {
            return Optional.empty();
        }
        Locale locale = new Locale("", iso2.toUpperCase(Locale.ROOT));
        String displayName = locale.getDisplayCountry(Locale.ENGLISH);
        return Optional.of(new Country(
                iso2.toLowerCase(Locale.ROOT),
                locale.getISO3Country().toLowerCase(Locale.ROOT),
                displayName.toUpperCase(Locale.ROOT),
                displayName));
    }

    public record Country(String iso2, String iso3, String name, String displayName) {
    }
}
