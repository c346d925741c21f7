package org.civicportal.decision;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What a browser keeps once its invitation link was checked: the participant, and the digest of
 * the link it was opened with. Every step of the participant checks that this is still their
 * newest link, so "Send again" also ends every session the old link opened. The digest, not the
 * link, is kept: it opens nothing on its own.
 */
public record ParticipantPass(long participantId, String tokenDigest) implements Serializable {

    /** True if the participant's current link is the one this pass was opened with (compared in constant time). */
    boolean isCurrentFor(MatrixParticipant participant) {
        return tokenDigest != null && MessageDigest.isEqual(tokenDigest.getBytes(StandardCharsets.US_ASCII),
                participant.getTokenHash().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "ParticipantPass[participantId=" + participantId + "]"; // the digest stays out of logs
    }
}
