package uk.learnersync.provider.epa;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;

/** What a new connection to an EPA platform needs, validated; the token is never shown by {@link #toString()}. */
public record EpaConnectionDetails(EpaoId epaoId, String baseUrl, String apiToken) {

    static final int MAX_URL_LENGTH = 500;
    /** RFC 6750's b64token: what a bearer token may be made of. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]{1,500}=*");

    /**
     * Validates raw input, recording every bad field in {@code checks}; {@code null} when any is bad.
     *
     * @param knownEpao the ID the register or the provider's directory knows an EPAO by, if it knows it
     */
    public static EpaConnectionDetails parse(FieldChecks checks, String epaoId, String baseUrl, String apiToken,
                                             Function<EpaoId, Optional<EpaoId>> knownEpao) {
        EpaoId epao = EpaoId.parseKnown(checks, "epaoId", epaoId, knownEpao);
        String url = checks.required("baseUrl", baseUrl, EpaConnectionDetails::baseUrl);
        String token = checks.required("apiToken", apiToken, EpaConnectionDetails::apiToken);
        return checks.hasErrors() ? null : new EpaConnectionDetails(epao, url, token);
    }

    /** An absolute http(s) URL without query or fragment; a trailing slash is dropped so that paths append cleanly. */
    static String baseUrl(String value) {
        String trimmed = value.strip();
        if (trimmed.length() > MAX_URL_LENGTH) {
            throw new InvalidValueException("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("must be an absolute http or https URL, e.g. https://epa.example.org");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidValueException("must be an absolute http or https URL, e.g. https://epa.example.org");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidValueException("must not have a query or a fragment");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidValueException("must not contain credentials; give the token as apiToken");
        }
        return trimmed.replaceAll("/+$", "");
    }

    /** The token is checked as given, never trimmed or echoed: a bearer token is RFC 6750's b64token. */
    public static String apiToken(String value) {
        if (value.length() > 500 || !TOKEN.matcher(value).matches()) {
            throw new InvalidValueException("must be 1 to 500 letters, digits and the characters - . _ ~ + /, "
                    + "as the EPAO issued it");
        }
        return value;
    }

    @Override
    public String toString() {
        return "EpaConnectionDetails[epaoId=" + epaoId + ", baseUrl=" + baseUrl + ", apiToken=<hidden>]";
    }
}
