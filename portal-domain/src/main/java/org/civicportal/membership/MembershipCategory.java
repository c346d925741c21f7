package org.civicportal.membership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.civicportal.account.PositionType;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A kind of membership with its own rate: CAO/ACAO (the reduced rate, after an administrator
 * confirms eligibility), local-government staff, student, affiliate.
 */
@Entity
@Table(name = "membership_category")
@NamedQuery(name = MembershipCategory.ALL, query = "SELECT c FROM MembershipCategory c ORDER BY c.displayOrder")
@NamedQuery(name = MembershipCategory.BY_CODE, query = "SELECT c FROM MembershipCategory c WHERE c.code = :code")
public class MembershipCategory implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALL = "MembershipCategory.all";
    static final String BY_CODE = "MembershipCategory.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 20)
    private PeriodKind periodKind;

    /** "MM-DD": from this day of the year, a calendar-year joiner also gets the next year. */
    @Column(name = "late_joiners_from", length = 5)
    private String lateJoinersFrom;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Column(name = "renewal_opens_days", nullable = false)
    private int renewalOpensDays;

    @Column(name = "requires_approval", nullable = false)
    private boolean requiresApproval;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    // read only where a position is checked, and then for every category of the list in one
    // statement: read eagerly, each membership list (the reports) ran one statement per category
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "membership_category_position", joinColumns = @JoinColumn(name = "category_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "position_type", nullable = false, length = 30)
    private Set<PositionType> eligiblePositions = new HashSet<>();

    protected MembershipCategory() {
        // for JPA
    }

    /** Applies an administrator's changes; they count for joins and renewals from now on. */
    void update(CategoryChange change) {
        this.name = change.getName();
        this.description = change.getDescription();
        this.periodKind = change.getPeriodKind();
        this.lateJoinersFrom = change.getPeriodKind() == PeriodKind.CALENDAR_YEAR ? change.getLateJoinersFrom() : null;
        this.graceDays = change.getGraceDays();
        this.renewalOpensDays = change.getRenewalOpensDays();
        this.requiresApproval = change.isRequiresApproval();
        this.eligiblePositions.clear();
        this.eligiblePositions.addAll(change.getEligiblePositions());
    }

    /** "MM-DD", or null. */
    public String getLateJoinersFrom() {
        return lateJoinersFrom;
    }

    /** True if a person in this position type may choose this category. */
    public boolean allows(PositionType position) {
        return eligiblePositions.contains(position);
    }

    /** The rule for the days a join or renewal in this category buys. */
    public PeriodRule periodRule() {
        return new PeriodRule(periodKind, lateJoinersFrom == null ? null : MonthDay.parse("--" + lateJoinersFrom));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public int getRenewalOpensDays() {
        return renewalOpensDays;
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public Set<PositionType> getEligiblePositions() {
        return eligiblePositions.isEmpty() ? Set.of() : EnumSet.copyOf(eligiblePositions);
    }
}
