package uk.learnersync.provider.shared;

import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A record's version as its HTTP entity tag, on the API's answers that show the record (CV-6). */
public final class ETags {

    private ETags() {
    }

    /** The strong entity tag of the record's version, e.g. {@code "3"}. */
    public static String of(Versioned record) {
        return "\"" + record.version() + "\"";
    }

    /** {@code 200} with the record as {@code representation} shows it, tagged with its version. */
    public static <R extends Versioned, T> ResponseEntity<T> ok(R record, Function<R, T> representation) {
        return ResponseEntity.ok().eTag(of(record)).body(representation.apply(record));
    }

    /** {@code 201} with the new record as {@code representation} shows it, tagged with its version. */
    public static <R extends Versioned, T> ResponseEntity<T> created(R record, Function<R, T> representation) {
        return ResponseEntity.status(HttpStatus.CREATED).eTag(of(record)).body(representation.apply(record));
    }
}
