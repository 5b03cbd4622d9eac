package uk.learnersync.epaplatform.apprentices.internal;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.epaplatform.apprentices.Apprentice;
import uk.learnersync.epaplatform.apprentices.ApprenticeRecord;
import uk.learnersync.epaplatform.organisations.Connection;
import uk.learnersync.validation.InvalidInputException;

/**
 * Runs a provider-facing write at most once per {@code Idempotency-Key} and connection, and gives
 * a repeated call the first answer. The key is claimed, the write applied and the answer stored in
 * one transaction: a concurrent call with the same key waits on the claim's unique key, then finds
 * the answer; a write that fails rolls its claim back, so that a corrected retry is applied.
 */
@Component
class IdempotentWrites {

    static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    IdempotentWrites(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    private record Answer(int status, String body) {
    }

    ResponseEntity<String> run(Connection connection, String key, HttpStatus success, Supplier<Apprentice> write) {
        if (key == null || key.isEmpty()) {
            throw InvalidInputException.of(HEADER, "is required on every write");
        }
        if (!KEY.matcher(key).matches()) {
            throw InvalidInputException.of(HEADER, "must be 1 to 200 printable ASCII characters");
        }
        UUID connectionId = connection.id().value();
        Answer answer = transactions.execute(status -> claim(connectionId, key)
                ? store(connectionId, key, new Answer(success.value(),
                        json.writeValueAsString(ApprenticeRecord.asOfToday(write.get()))))
                : stored(connectionId, key));
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }

    /** Claims the key; blocks while another transaction holds a claim on it, and is false if that one committed. */
    private boolean claim(UUID connectionId, String key) {
        return jdbc.sql("""
                        INSERT INTO idempotency_keys (connection_id, idempotency_key, created_at) VALUES (?, ?, now())
                        ON CONFLICT (connection_id, idempotency_key) DO NOTHING""")
                .params(connectionId, key)
                .update() == 1;
    }

    private Answer store(UUID connectionId, String key, Answer answer) {
        jdbc.sql("UPDATE idempotency_keys SET status = ?, response = ? WHERE connection_id = ? AND idempotency_key = ?")
                .params(answer.status(), answer.body(), connectionId, key)
                .update();
        return answer;
    }

    private Answer stored(UUID connectionId, String key) {
        return jdbc.sql("SELECT status, response FROM idempotency_keys WHERE connection_id = ? AND idempotency_key = ?")
                .params(connectionId, key)
                .query((rs, row) -> new Answer(rs.getInt("status"), rs.getString("response")))
                .single();
    }
}
