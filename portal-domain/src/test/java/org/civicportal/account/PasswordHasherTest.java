package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @Test
    void aHashCarriesTheOwaspAsvsArgon2idParameters() {
        String hash = HASHER.hash("correct horse battery staple");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        String[] parts = hash.split("\\$");
        assertTrue(Base64.getDecoder().decode(parts[4]).length == 16, "16-byte salt");
        assertTrue(Base64.getDecoder().decode(parts[5]).length == 32, "32-byte hash");
        assertFalse(HASHER.needsRehash(hash));
    }

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = HASHER.hash("correct horse battery staple");
        assertTrue(HASHER.verify("correct horse battery staple", hash));
        assertFalse(HASHER.verify("correct horse battery stapler", hash));
        assertFalse(HASHER.verify("", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(HASHER.hash("same password"), HASHER.hash("same password"));
    }

    @Test
    void malformedStoredHashesNeverVerifyAndNeverThrow() {
        for (String stored : new String[] {null, "", "plain text", "$argon2id$v=19$m=19456,t=2,p=1$!!!$###",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", "$argon2id$v=19$m=x,t=2,p=1$a$b"}) {
            assertFalse(HASHER.verify("anything", stored), String.valueOf(stored));
            assertTrue(HASHER.needsRehash(stored), String.valueOf(stored));
        }
    }

    @Test
    void anOlderWeakerHashStillVerifiesButAsksToBeUpgraded() {
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[32];
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(4096).withIterations(1).withParallelism(1).withSalt(salt).build());
        generator.generateBytes("old password here".getBytes(StandardCharsets.UTF_8), out);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String old = "$argon2id$v=19$m=4096,t=1,p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(out);

        assertTrue(HASHER.verify("old password here", old));
        assertTrue(HASHER.needsRehash(old));
    }

    @Test
    void theSamePasswordTypedWithCompatibilityCharactersMatches() {
        String hash = HASHER.hash("pass123456");
        assertTrue(HASHER.verify("ｐａｓｓ１２３４５６", hash), "full-width letters and digits normalise to ASCII (NFKC)");
    }
}
