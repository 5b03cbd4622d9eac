package uk.learnersync.provider.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that answers with a record and its version as {@code ETag} (see
 * {@link ETags}); where it takes an {@code If-Match} header, a stale one is refused with 412. The API
 * documentation says so for every operation marked.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ETagged {
}
