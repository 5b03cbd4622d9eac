package uk.learnersync.provider.epa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.learnersync.provider.LearnerSyncProperties;

class TokenCipherTest {

    private final TokenCipher cipher = new TokenCipher(TokenCipher.newKey());

    @Test
    void decryptsWhatItEncrypted() {
        String stored = cipher.encrypt("platform-token-123", "connection-1");

        assertThat(cipher.decrypt(stored, "connection-1")).isEqualTo("platform-token-123");
    }

    @Test
    void storesBase64OfARandomNonceAndTheCiphertextNeverThePlaintext() {
        String first = cipher.encrypt("platform-token-123", "connection-1");
        String second = cipher.encrypt("platform-token-123", "connection-1");

        assertThat(first).doesNotContain("platform-token-123").isNotEqualTo(second);
        // 12-byte nonce + 18 bytes of ciphertext + 16-byte tag
        assertThat(Base64.getDecoder().decode(first)).hasSize(12 + 18 + 16);
    }

    @Test
    void aTokenMovedToAnotherConnectionOrReadWithAnotherKeyDoesNotDecrypt() {
        String stored = cipher.encrypt("platform-token-123", "connection-1");

        assertThatThrownBy(() -> cipher.decrypt(stored, "connection-2")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("platform-token-123");
        assertThatThrownBy(() -> new TokenCipher(TokenCipher.newKey()).decrypt(stored, "connection-1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void usesTheConfiguredKey() {
        byte[] key = TokenCipher.newKey();
        String stored = new TokenCipher(key).encrypt("t", "c");

        assertThat(new TokenCipher(properties(Path.of("unused"), Base64.getEncoder().encodeToString(key)))
                .decrypt(stored, "c")).isEqualTo("t");
    }

    @Test
    void refusesAConfiguredKeyThatIsNot256BitsOfBase64() {
        assertThatThrownBy(() -> new TokenCipher(properties(Path.of("unused"), "not base64!")))
                .hasMessageContaining("is not base64");
        assertThatThrownBy(() -> new TokenCipher(properties(Path.of("unused"), "c2hvcnQ=")))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void generatesAKeyOnceIntoTheDataDirectoryWithoutOne(@TempDir Path dataDir) throws Exception {
        String stored = new TokenCipher(properties(dataDir, "")).encrypt("t", "c");

        assertThat(Base64.getDecoder().decode(Files.readString(dataDir.resolve("secret-key")))).hasSize(32);
        assertThat(new TokenCipher(properties(dataDir, "")).decrypt(stored, "c")).isEqualTo("t");
    }

    private static LearnerSyncProperties properties(Path dataDir, String secretKey) {
        return new LearnerSyncProperties(dataDir, "", false, secretKey);
    }
}
