package io.cartlog.platform.web;

/**
 * The version a client last read, from {@code version} in the body or an {@code If-Match}
 * header ({@code 3} or {@code "3"}); null when the client sent neither and accepts any version.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    public static Long of(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidData("Invalid request: If-Match must be a resource version such as \"3\"");
        }
    }
}
