package org.civicportal.decision;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.account.Account;
import org.civicportal.shared.servicearea.ServiceArea;
import org.eclipse.persistence.config.QueryHints;

/**
 * A structured dialogue about one service: how ready the service and the community are for a
 * collaborative arrangement, and how the delivery options compare on weighted criteria.
 */
@Entity
@Table(name = "decision_matrix")
// the service and its area in the same statement, for the list's "Area › Service": EclipseLink does
// not follow a JOIN FETCH through the alias of another (s.parent), which left one statement per area
@NamedQuery(name = DecisionMatrix.OF_OWNER, query = "SELECT m FROM DecisionMatrix m WHERE m.owner.id = :ownerId"
        + " ORDER BY m.updatedAt DESC, m.id DESC", hints = {
                @QueryHint(name = QueryHints.LEFT_FETCH, value = "m.serviceArea"),
                @QueryHint(name = QueryHints.LEFT_FETCH, value = "m.serviceArea.parent")})
public class DecisionMatrix implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OF_OWNER = "DecisionMatrix.ofOwner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Account owner;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_area_id")
    private ServiceArea serviceArea;

    @Column(length = 2000)
    private String context;

    @Column(name = "scale_min", nullable = false)
    private int scaleMin;

    @Column(name = "scale_max", nullable = false)
    private int scaleMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MatrixStatus status = MatrixStatus.OPEN;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "matrix", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MatrixOption> options = new ArrayList<>();

    @OneToMany(mappedBy = "matrix", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MatrixCriterion> criteria = new ArrayList<>();

    protected DecisionMatrix() {
        // for JPA
    }

    DecisionMatrix(Account owner, String title, ServiceArea serviceArea, ScoreScale scale, Instant now) {
        this.owner = owner;
        this.title = title;
        this.serviceArea = serviceArea;
        this.scaleMin = scale.min();
        this.scaleMax = scale.max();
        this.createdAt = now;
        this.updatedAt = now;
    }

    MatrixOption addOption(String name) {
        MatrixOption option = new MatrixOption(this, name, options.stream().mapToInt(MatrixOption::getPosition).max().orElse(0) + 1);
        options.add(option);
        return option;
    }

    MatrixCriterion addCriterion(String name, String description, int weight) {
        MatrixCriterion criterion = new MatrixCriterion(this, name, description, weight,
                criteria.stream().mapToInt(MatrixCriterion::getPosition).max().orElse(0) + 1);
        criteria.add(criterion);
        return criterion;
    }

    void describe(String newTitle, String newContext, ServiceArea area) {
        title = newTitle;
        context = newContext;
        serviceArea = area;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    void finalise(Instant now) {
        status = MatrixStatus.FINAL;
        finalisedAt = now;
        updatedAt = now;
    }

    void share(boolean withMembers) {
        shared = withMembers;
    }

    public boolean isOwnedBy(long accountId) {
        return owner.getId() == accountId;
    }

    /** Changes with every change to the matrix itself, its sharing included. */
    public int getVersion() {
        return version;
    }

    public boolean isFinal() {
        return status == MatrixStatus.FINAL;
    }

    public ScoreScale scale() {
        return new ScoreScale(scaleMin, scaleMax);
    }

    public Long getId() {
        return id;
    }

    public Account getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public ServiceArea getServiceArea() {
        return serviceArea;
    }

    public String getContext() {
        return context;
    }

    public int getScaleMin() {
        return scaleMin;
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public MatrixStatus getStatus() {
        return status;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public List<MatrixOption> getOptions() {
        return options;
    }

    public List<MatrixCriterion> getCriteria() {
        return criteria;
    }
}
