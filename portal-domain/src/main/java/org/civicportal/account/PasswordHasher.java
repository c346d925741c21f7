package org.civicportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id at the OWASP ASVS 5 minimum parameters (19 MiB of memory, two
 * passes, one lane), stored as a PHC string so that the parameters travel with each hash and can
 * be raised later without breaking existing accounts.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Memory cost in KiB (19 MiB). */
    public static final int MEMORY_KIB = 19_456;
    /** Number of passes over the memory. */
    public static final int ITERATIONS = 2;
    /** Lanes. */
    public static final int PARALLELISM = 1;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher() {
        // Random bytes in place of a hash: checking a password against it costs exactly one Argon2id
        // computation with today's parameters, as for a real account, and nothing can match it. Not
        // hashing anything here spares the start-up an Argon2id run in a JVM that is still cold.
        byte[] salt = new byte[SALT_BYTES];
        byte[] noHash = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(noHash);
        dummyHash = phc(salt, noHash);
    }

    /** A new salted Argon2id hash of the password, as a PHC string. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return phc(salt, argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES));
    }

    private static String phc(byte[] salt, byte[] hash) {
        return PREFIX + "m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** True if the password matches the stored hash; false for any malformed hash. */
    public boolean verify(String password, String storedHash) {
        Phc phc = Phc.parse(storedHash);
        if (phc == null || password == null) {
            return false;
        }
        byte[] candidate = argon2(password, phc.salt, phc.memory, phc.iterations, phc.parallelism, phc.hash.length);
        return MessageDigest.isEqual(candidate, phc.hash);
    }

    /** True when the hash was made with weaker parameters than today's, or is not ours at all. */
    public boolean needsRehash(String storedHash) {
        Phc phc = Phc.parse(storedHash);
        return phc == null || phc.memory < MEMORY_KIB || phc.iterations < ITERATIONS || phc.hash.length < HASH_BYTES;
    }

    /** Costs the same as one {@link #verify}, for log-ins with an unknown address. */
    public void verifyAgainstDummy(String password) {
        verify(password == null ? "" : password, dummyHash);
    }

    private static byte[] argon2(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        // NFKC: the same password typed on another keyboard or device still matches (NIST SP 800-63B)
        generator.generateBytes(Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** The parts of a {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash} string. */
    private record Phc(int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {

        static Phc parse(String text) {
            if (text == null || !text.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = text.substring(PREFIX.length()).split("\\$");
            if (parts.length != 3) {
                return null;
            }
            try {
                int memory = 0;
                int iterations = 0;
                int parallelism = 0;
                for (String setting : parts[0].split(",")) {
                    String[] pair = setting.split("=", 2);
                    int value = Integer.parseInt(pair[1]);
                    switch (pair[0]) {
                        case "m" -> memory = value;
                        case "t" -> iterations = value;
                        case "p" -> parallelism = value;
                        default -> {
                            return null;
                        }
                    }
                }
                byte[] salt = B64_DECODER.decode(parts[1]);
                byte[] hash = B64_DECODER.decode(parts[2]);
                if (memory < 8 || iterations < 1 || parallelism < 1 || salt.length < 8 || hash.length < 16) {
                    return null;
                }
                return new Phc(memory, iterations, parallelism, salt, hash);
            } catch (RuntimeException malformed) {
                return null;
            }
        }
    }
}
