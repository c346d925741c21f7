package org.civicportal.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.Account;
import org.civicportal.account.Jurisdiction;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A member's request for technical assistance: the service, their local government as their
 * profile gave it when they sent it, what they need, by when and for what budget, addressed to one
 * to five providers ({@link RequestAddressee}). The member closes it by choosing one provider, or
 * none, and may say how it went.
 */
@Entity
@Table(name = "assistance_request")
public class AssistanceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id", nullable = false)
    private Account requester;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_area_id", nullable = false)
    private ServiceArea serviceArea;

    @Embedded
    private Jurisdiction jurisdiction;

    @Enumerated(EnumType.STRING)
    @Column(name = "partnership_kind", length = 30)
    private PartnerType partnershipKind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 6000)
    private String needs;

    @Column(nullable = false, length = 300)
    private String timeline;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_range", nullable = false, length = 30)
    private RequestBudgetRange budgetRange;

    /** The decision matrix the request came from, if any (the member's own). */
    @Column(name = "matrix_id")
    private Long matrixId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssistanceRequestStatus status = AssistanceRequestStatus.OPEN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chosen_provider_id")
    private ProviderOrganisation chosenProvider;

    /** What the member said when closing, for administrators. */
    @Column(length = 2000)
    private String feedback;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @BatchFetch(BatchFetchType.IN) // a list of requests reads their addressees in one query
    @OneToMany(mappedBy = "request")
    @OrderBy("id")
    private List<RequestAddressee> addressees = new ArrayList<>();

    @Version
    private int version;

    protected AssistanceRequest() {
        // for JPA
    }

    AssistanceRequest(Account requester, ServiceArea serviceArea, AssistanceRequestForm form, Long matrixId, Instant now) {
        this.requester = requester;
        this.serviceArea = serviceArea;
        this.jurisdiction = requester.getJurisdiction().copy();
        this.partnershipKind = form.getPartnershipKind();
        this.title = form.getTitle().strip();
        this.needs = form.getNeeds().strip();
        this.timeline = form.getTimeline().strip();
        this.budgetRange = form.getBudgetRange();
        this.matrixId = matrixId;
        this.sentAt = now;
    }

    RequestAddressee addressTo(ProviderOrganisation organisation) {
        RequestAddressee addressee = new RequestAddressee(this, organisation);
        addressees.add(addressee);
        return addressee;
    }

    /** Closes it, with the provider chosen (or null for none) and the member's feedback. */
    void close(ProviderOrganisation chosen, String feedback, Instant now) {
        this.status = AssistanceRequestStatus.CLOSED;
        this.chosenProvider = chosen;
        this.feedback = feedback;
        this.closedAt = now;
    }

    public boolean isOpen() {
        return status == AssistanceRequestStatus.OPEN;
    }

    public boolean isRequestedBy(long accountId) {
        return requester.getId() == accountId;
    }

    /** This request's row for the organisation, if it was addressed to it. */
    public Optional<RequestAddressee> addresseeFor(long organisationId) {
        return addressees.stream().filter(a -> a.getOrganisation().getId() == organisationId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Account getRequester() {
        return requester;
    }

    public ServiceArea getServiceArea() {
        return serviceArea;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public PartnerType getPartnershipKind() {
        return partnershipKind;
    }

    public String getTitle() {
        return title;
    }

    public String getNeeds() {
        return needs;
    }

    public String getTimeline() {
        return timeline;
    }

    public RequestBudgetRange getBudgetRange() {
        return budgetRange;
    }

    public Long getMatrixId() {
        return matrixId;
    }

    public AssistanceRequestStatus getStatus() {
        return status;
    }

    public ProviderOrganisation getChosenProvider() {
        return chosenProvider;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<RequestAddressee> getAddressees() {
        return addressees;
    }

    public int getVersion() {
        return version;
    }
}
