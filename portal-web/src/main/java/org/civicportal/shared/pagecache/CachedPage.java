package org.civicportal.shared.pagecache;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * One drawn page as kept: its bytes cut where the script nonce stood, so that each visitor gets a
 * nonce of their own (a nonce seen by everybody would protect nobody), and the policy header that
 * names it. The entity tag is a digest of the page with the nonce left out, so it changes exactly
 * when what the visitor reads changes.
 */
final class CachedPage {

    /**
     * One generator per thread: the shared default one reads the system's source under a lock, which
     * every visit would queue for. Each is seeded from the system and as unpredictable.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(CachedPage::generator);

    private final String contentType;
    private final List<byte[]> pieces;
    private final List<String> policyPieces;
    private final String entityTag;
    private final int weight;
    private final long lastModified;

    private CachedPage(String contentType, List<byte[]> pieces, List<String> policyPieces, String entityTag, int weight,
                       long lastModified) {
        this.lastModified = lastModified;
        this.contentType = contentType;
        this.pieces = pieces;
        this.policyPieces = policyPieces;
        this.entityTag = entityTag;
        this.weight = weight;
    }

    /**
     * Keeps a page drawn with the given nonce (null if it has none), script policy header (null if
     * none was sent) and Last-Modified date (-1 if none was sent).
     */
    static CachedPage of(String contentType, byte[] body, String nonce, String scriptPolicy, long lastModified) {
        List<byte[]> pieces = nonce == null ? List.of(body) : split(body, nonce.getBytes(StandardCharsets.US_ASCII));
        List<String> policyPieces = scriptPolicy == null ? List.of()
                : nonce == null ? List.of(scriptPolicy) : List.of(scriptPolicy.split(java.util.regex.Pattern.quote(nonce), -1));
        return new CachedPage(contentType, pieces, policyPieces, tagOf(pieces), body.length, lastModified);
    }

    /** The nonce named in a script policy ({@code script-src 'self' 'nonce-…'}), or null. */
    static String nonceIn(String scriptPolicy) {
        if (scriptPolicy == null) {
            return null;
        }
        int start = scriptPolicy.indexOf("'nonce-");
        if (start < 0) {
            return null;
        }
        start += "'nonce-".length();
        int end = scriptPolicy.indexOf('\'', start);
        return end <= start ? null : scriptPolicy.substring(start, end);
    }

    String entityTag() {
        return entityTag;
    }

    /** The Last-Modified date the page was drawn with, or -1. */
    long lastModified() {
        return lastModified;
    }

    /** Bytes kept, for the cache's bound on memory. */
    int weight() {
        return weight;
    }

    /** Writes the page with a fresh nonce in its body and in its policy header. */
    void writeTo(HttpServletResponse response, boolean withBody) throws IOException {
        String nonce = freshNonce();
        response.setContentType(contentType);
        if (!policyPieces.isEmpty()) {
            response.addHeader("Content-Security-Policy", String.join(nonce, policyPieces));
        }
        byte[] nonceBytes = nonce.getBytes(StandardCharsets.US_ASCII);
        int length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        response.setContentLength(length + nonceBytes.length * (pieces.size() - 1));
        if (!withBody) {
            return;
        }
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                out.write(nonceBytes);
            }
            out.write(pieces.get(i));
        }
    }

    /** As random as PrimeFaces' own: 128 bits, in Base64 without padding. */
    private static String freshNonce() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private static List<byte[]> split(byte[] body, byte[] nonce) {
        List<byte[]> pieces = new ArrayList<>();
        int from = 0;
        for (int at = indexOf(body, nonce, 0); at >= 0; at = indexOf(body, nonce, from)) {
            pieces.add(java.util.Arrays.copyOfRange(body, from, at));
            from = at + nonce.length;
        }
        pieces.add(java.util.Arrays.copyOfRange(body, from, body.length));
        return pieces;
    }

    private static int indexOf(byte[] body, byte[] part, int from) {
        if (part.length == 0) {
            return -1;
        }
        outer:
        for (int i = from; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String tagOf(List<byte[]> pieces) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] piece : pieces) {
                digest.update(piece);
                digest.update((byte) 0);
            }
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
