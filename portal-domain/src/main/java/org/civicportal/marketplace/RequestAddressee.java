package org.civicportal.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One provider a request is addressed to, and where it stands: sent, read, replied with a
 * question, declined (with its reason) or proposed; when it first read and first answered; whether
 * the member shortlisted it; whether it was reminded. The moves between states are
 * {@link RequestTransitions}' rules.
 */
@Entity
@Table(name = "request_addressee")
public class RequestAddressee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private AssistanceRequest request;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private ProviderOrganisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestAddresseeState state = RequestAddresseeState.SENT;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "first_answer_at")
    private Instant firstAnswerAt;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Column(nullable = false)
    private boolean shortlisted;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    /** When the provider's people were last mailed about this request: spaces their mail. */
    @Column(name = "provider_notified_at")
    private Instant providerNotifiedAt;

    /** When the member was last mailed about this provider's answers: spaces their mail. */
    @Column(name = "member_notified_at")
    private Instant memberNotifiedAt;

    @Version
    private int version;

    protected RequestAddressee() {
        // for JPA
    }

    RequestAddressee(AssistanceRequest request, ProviderOrganisation organisation) {
        this.request = request;
        this.organisation = organisation;
    }

    /** Opened by one of the provider's people: the first time only, SENT becomes READ. */
    boolean markRead(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        if (state == RequestAddresseeState.SENT) {
            state = RequestAddresseeState.READ;
        }
        return true;
    }

    /** The provider answered (asked, declined or proposed): the state moves as the rules say. */
    void answered(RequestAddresseeState newState, Instant now) {
        if (readAt == null) {
            readAt = now;
        }
        if (firstAnswerAt == null) {
            firstAnswerAt = now;
        }
        state = newState;
    }

    void decline(String reason, Instant now) {
        answered(RequestAddresseeState.DECLINED, now);
        declineReason = reason;
    }

    void shortlist(boolean on) {
        shortlisted = on;
    }

    void providerNotified(Instant now) {
        providerNotifiedAt = now;
    }

    void memberNotified(Instant now) {
        memberNotifiedAt = now;
    }

    /** How long the provider took to first answer, if it has. */
    public Duration timeToFirstAnswer() {
        return firstAnswerAt == null ? null : Duration.between(request.getSentAt(), firstAnswerAt);
    }

    public Long getId() {
        return id;
    }

    public AssistanceRequest getRequest() {
        return request;
    }

    public ProviderOrganisation getOrganisation() {
        return organisation;
    }

    public RequestAddresseeState getState() {
        return state;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getFirstAnswerAt() {
        return firstAnswerAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public boolean isShortlisted() {
        return shortlisted;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getProviderNotifiedAt() {
        return providerNotifiedAt;
    }

    public Instant getMemberNotifiedAt() {
        return memberNotifiedAt;
    }

    public int getVersion() {
        return version;
    }
}
