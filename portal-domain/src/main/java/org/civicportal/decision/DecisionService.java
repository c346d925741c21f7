package org.civicportal.decision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.Role;
import org.civicportal.shared.Caller;

/**
 * The logged-in person's decision matrices. Always for the caller, taken from the security
 * context, so nobody reaches another person's matrix by changing an id; see {@link Matrices} for
 * what each step checks.
 */
@Stateless
@RolesAllowed({Role.Names.MEMBER, Role.Names.EDITOR, Role.Names.PROVIDER, Role.Names.ADMIN})
public class DecisionService {

    @Resource
    SessionContext context;

    @Inject
    Matrices matrices;

    @Inject
    Participation participation;

    @Inject
    Invitations invitations;

    public DecisionMatrix create(String title, Long serviceAreaId) {
        return matrices.create(callerId(), title, serviceAreaId);
    }

    public List<DecisionMatrix> myMatrices() {
        return matrices.ofOwner(callerId());
    }

    /** The caller's most recently changed matrices, at most {@code max}, in one query. */
    public List<DecisionMatrix> myRecentMatrices(int max) {
        return matrices.recentOfOwner(callerId(), max);
    }

    /**
     * Invitations to score someone else's matrix sent to the caller's own address that are not
     * submitted yet, the matrix still open, in one query. The link itself is only in the mail
     * (the portal keeps a hash of it).
     */
    public List<MatrixParticipant> myWaitingInvitations() {
        return invitations.waitingFor(callerId());
    }

    /** A matrix the caller may read, with all it shows; empty for "not found". */
    public Optional<MatrixContent> open(long matrixId) {
        return matrices.readable(callerId(), matrixId).map(matrices::content);
    }

    /** True if the caller owns the matrix (and so may change it while it is open). */
    public boolean owns(DecisionMatrix matrix) {
        return matrix.isOwnedBy(callerId());
    }

    public List<MatrixChange> history(long matrixId) {
        return matrices.readable(callerId(), matrixId).map(m -> matrices.history(matrixId)).orElse(List.of());
    }

    public void describe(long matrixId, String title, String matrixContext, Long serviceAreaId) {
        matrices.describe(callerId(), matrixId, title, matrixContext, serviceAreaId);
    }

    public MatrixOption addOption(long matrixId, String name) {
        return matrices.addOption(callerId(), matrixId, name);
    }

    public void removeOption(long matrixId, long optionId) {
        matrices.removeOption(callerId(), matrixId, optionId);
    }

    public MatrixCriterion addCriterion(long matrixId, String name, String description, Integer weight) {
        return matrices.addCriterion(callerId(), matrixId, name, description, weight);
    }

    public void removeCriterion(long matrixId, long criterionId) {
        matrices.removeCriterion(callerId(), matrixId, criterionId);
    }

    public MatrixCriterion weigh(long matrixId, long criterionId, Integer weight, int seenVersion) {
        return matrices.weigh(callerId(), matrixId, criterionId, weight, seenVersion);
    }

    public MatrixGrade grade(long matrixId, Characteristic characteristic, Integer grade, String note, Integer seenVersion) {
        return matrices.grade(callerId(), matrixId, characteristic, grade, note, seenVersion);
    }

    public MatrixScore score(long matrixId, long optionId, long criterionId, Integer score, String rationale, Integer seenVersion) {
        return matrices.score(callerId(), matrixId, optionId, criterionId, score, rationale, seenVersion);
    }

    public DecisionMatrix duplicate(long matrixId) {
        return matrices.duplicate(callerId(), matrixId);
    }

    public void share(long matrixId, boolean withMembers) {
        matrices.share(callerId(), matrixId, withMembers);
    }

    public void finalise(long matrixId) {
        matrices.finalise(callerId(), matrixId);
    }

    public MatrixParticipant invite(long matrixId, String name, String email) {
        return invitations.invite(callerId(), matrixId, name, email);
    }

    public void sendAgain(long matrixId, long participantId) {
        invitations.sendAgain(callerId(), matrixId, participantId);
    }

    public Participation.Dialogue dialogue(long matrixId) {
        return participation.dialogue(callerId(), matrixId);
    }

    public void comment(long matrixId, String topic, String body) {
        participation.commentAsOwner(callerId(), matrixId, topic, body);
    }

    private long callerId() {
        return Caller.accountId(context);
    }
}
