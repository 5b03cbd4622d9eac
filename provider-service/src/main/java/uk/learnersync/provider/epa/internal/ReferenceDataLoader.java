package uk.learnersync.provider.epa.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped EPAO register and standards catalogue into their global tables while the
 * application starts, before anything can ask for them. Upserts make it idempotent. It runs at
 * start-up rather than as a migration generated from the files so that the files stay the one
 * source: shipping a newer register takes effect on the next start, with no migration to regenerate.
 * Rows that a newer file drops are kept, because providers' records may name them.
 */
@Component
class ReferenceDataLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private static final String DIRECTORY = "reference/epao-register/";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ReferenceDataLoader(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        ReferenceData data = ReferenceData.parse(shippedFiles());
        transaction.executeWithoutResult(status -> store(data));
        log.info("Reference data loaded: {} EPAOs, {} standards", data.register().size(), data.standards().size());
    }

    static ReferenceData.Files shippedFiles() {
        return new ReferenceData.Files(
                read("apprenticeship-end-point-assessment-organisation.tsv"),
                read("apprenticeship-end-point-assessment-organisation-standard-code.tsv"),
                read("apprenticeship-end-point-assessment-organisation-apprenticeship.tsv"),
                read("lars_standards_lookup_2018.csv"),
                read("ifate_apprenticeship_standards_2018-05-08.csv"));
    }

    private void store(ReferenceData data) {
        jdbc.batchUpdate("""
                        INSERT INTO epao_register (epao_id, name, ukprn) VALUES (?, ?, ?)
                        ON CONFLICT (epao_id) DO UPDATE SET name = EXCLUDED.name, ukprn = EXCLUDED.ukprn""",
                data.register().stream().map(e -> new Object[] {e.epaoId(), e.name(), e.ukprn()}).toList());
        jdbc.batchUpdate("""
                        INSERT INTO standards (code, reference, title, level) VALUES (?, ?, ?, ?)
                        ON CONFLICT (code) DO UPDATE
                        SET reference = EXCLUDED.reference, title = EXCLUDED.title, level = EXCLUDED.level""",
                data.standards().stream()
                        .map(s -> new Object[] {s.code(), s.reference(), s.title(), s.level()}).toList());
        List<Object[]> assessments = data.assessments().stream()
                .map(a -> new Object[] {a.standardCode(), a.epaoId()}).toList();
        jdbc.batchUpdate("""
                INSERT INTO standard_assessors (standard_code, epao_id) VALUES (?, ?)
                ON CONFLICT DO NOTHING""", assessments);
    }

    private static String read(String file) {
        try (InputStream in = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("The shipped reference file " + DIRECTORY + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
