package uk.learnersync.provider.support;

import java.nio.file.Path;

/**
 * Where the tests write the README's screenshots and the module diagrams. By default the module's
 * {@code target/}, so that a test run changes no tracked file; {@code bin/docs-assets} sets the
 * system property {@code learnersync.docs-dir} to the repository's {@code docs/} to regenerate them.
 */
public final class DocsAssets {

    private DocsAssets() {
    }

    /** The folder {@code name} (e.g. "screenshots") under {@code docs/} or the module's target/. */
    public static Path folder(String name) {
        return Path.of(System.getProperty("learnersync.docs-dir", "target")).resolve(name);
    }
}
