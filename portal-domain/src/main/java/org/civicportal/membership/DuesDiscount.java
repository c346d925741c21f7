package org.civicportal.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A small-community discount of a dues schedule, as stored; {@link #band()} is the rule. */
@Entity
@Table(name = "dues_discount")
public class DuesDiscount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id", nullable = false)
    private DuesSchedule schedule;

    @Column(name = "from_population", nullable = false)
    private int fromPopulation;

    @Column(name = "to_population")
    private Integer toPopulation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DiscountKind kind;

    @Column(nullable = false, precision = 12, scale = 4)
    private BigDecimal amount;

    // every discount's categories in one statement, not one per discount of the schedule
    @ManyToMany(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "dues_discount_category", joinColumns = @JoinColumn(name = "discount_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<MembershipCategory> categories = new HashSet<>();

    protected DuesDiscount() {
        // for JPA
    }

    DuesDiscount(DuesSchedule schedule, int fromPopulation, Integer toPopulation, DiscountKind kind, BigDecimal amount,
                 Set<MembershipCategory> categories) {
        this.schedule = schedule;
        this.fromPopulation = fromPopulation;
        this.toPopulation = toPopulation;
        this.kind = kind;
        this.amount = amount;
        this.categories.addAll(categories);
    }

    /** The discount as the dues rule sees it. */
    public PopulationBand band() {
        return new PopulationBand(fromPopulation, toPopulation, kind, amount,
                categories.stream().map(MembershipCategory::getCode).collect(Collectors.toSet()));
    }

    public Long getId() {
        return id;
    }
}
