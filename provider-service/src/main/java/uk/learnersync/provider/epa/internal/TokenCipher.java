package uk.learnersync.provider.epa.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import uk.learnersync.provider.LearnerSyncProperties;

/**
 * Encrypts EPA platform tokens at rest with AES-256-GCM: a random 96-bit nonce per value, stored as
 * base64 of nonce + ciphertext. The connection's ID is bound as associated data, so a stored token
 * copied onto another connection's row does not decrypt.
 */
@Component
class TokenCipher {

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Autowired
    TokenCipher(LearnerSyncProperties properties) {
        this(properties.secretKey().isBlank()
                ? readOrCreateKey(properties.dataDir().resolve("secret-key"))
                : decodeKey(properties.secretKey(), "learnersync.secret-key (LEARNERSYNC_SECRET_KEY)"));
    }

    TokenCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The secret key must be 256 bits");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    String encrypt(String plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, nonce, associatedData, plaintext.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + ciphertext.length)
                .put(nonce).put(ciphertext).array());
    }

    String decrypt(String stored, String associatedData) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        byte[] nonce = Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, associatedData, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Never include the value: the message may reach a log.
            throw new IllegalStateException("A stored EPA platform token could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted") + "; was the secret key changed?", e);
        }
    }

    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    private static byte[] decodeKey(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must be base64 of 32 bytes (a 256-bit AES key)");
        }
        return key;
    }

    /** Generated once and kept beside the database: losing it makes every stored token unreadable. */
    private static byte[] readOrCreateKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                create(file, Base64.getEncoder().encodeToString(newKey()));
            }
            return decodeKey(Files.readString(file, StandardCharsets.US_ASCII), "The secret key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the secret key at " + file, e);
        }
    }

    private static void create(Path file, String content) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // Another instance created it first: use theirs.
        }
    }
}
