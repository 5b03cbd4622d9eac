package uk.learnersync.provider.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole test run: Debian's {@code chromium} and {@code chromium-driver}
 * (paths overridable with CHROMIUM and CHROMEDRIVER), started on first use with a fresh profile and
 * quit when the JVM exits. Tests share it one after another, each starting with no cookies.
 */
final class Browser {

    private static WebDriver driver;

    private Browser() {
    }

    static synchronized WebDriver get() {
        if (driver == null) {
            Path profile = temporaryProfile();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(setting("CHROMIUM", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile);
            // Chromium writes crash reports and caches under HOME whatever the profile: keep them in the profile.
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver")))
                    .withEnvironment(Map.of("HOME", profile.toString()))
                    .build();
            WebDriver started = new ChromeDriver(service, options);
            started.manage().window().setSize(new Dimension(1280, 1200));
            started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.quit();
                delete(profile);
            }, "browser-quit"));
            driver = started;
        }
        return driver;
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("learnersync-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A profile left in the temporary directory is harmless.
        }
    }
}
