package uk.learnersync.provider.epa;

import java.util.List;
import java.util.Optional;

/** The standards catalogue shipped with the product (2018): the same for every provider. */
public interface Standards {

    Optional<Standard> find(int code);

    /** Standards whose code, reference or title contains {@code query}; all when it is blank. */
    List<Standard> search(String query);
}
