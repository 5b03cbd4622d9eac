package uk.learnersync.provider.shared;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The versions of a record a client read and means to change, from an HTTP {@code If-Match}: the
 * change applies only while the record is at one of them (CV-6). {@link #ANY} is a change that merges
 * into whatever the record holds when it is made under the record's lock.
 */
public final class ExpectedVersion {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    /** An entity tag; a weak one ({@code W/"1"}) never matches, as If-Match compares strongly (RFC 9110). */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([^\"]*)\"");

    /** The opaque values of the strong tags named, or {@code null} for any version. */
    private final Set<String> tags;

    private ExpectedVersion(Set<String> tags) {
        this.tags = tags;
    }

    /** From an {@code If-Match} header: absent or {@code *} is any version; otherwise one of the tags it lists. */
    public static ExpectedVersion ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return ANY;
        }
        Matcher matcher = ENTITY_TAG.matcher(header);
        return new ExpectedVersion(matcher.results()
                .filter(tag -> tag.group(1) == null)
                .map(tag -> tag.group(2))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Refuses the change unless {@code current}, the record as locked for the change, is at an expected
     * version; {@code record} says what it is, e.g. {@code case owner}.
     */
    public void check(String record, Versioned current) {
        if (tags != null && !tags.contains(Long.toString(current.version()))) {
            throw new RecordChangedException(record, current);
        }
    }
}
