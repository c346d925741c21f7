package org.civicportal.membership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicportal.shared.Money;

/**
 * The rates and discounts in force from a date. A new schedule for next year leaves invoices
 * already issued untouched: invoices copy their amounts.
 */
@Entity
@Table(name = "dues_schedule")
@NamedQuery(name = DuesSchedule.ALL, query = "SELECT s FROM DuesSchedule s ORDER BY s.effectiveFrom DESC")
@NamedQuery(name = DuesSchedule.IN_FORCE, query = "SELECT s FROM DuesSchedule s WHERE s.effectiveFrom <= :day"
        + " AND (s.effectiveTo IS NULL OR s.effectiveTo >= :day) ORDER BY s.effectiveFrom DESC")
public class DuesSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String IN_FORCE = "DuesSchedule.inForce";
    static final String ALL = "DuesSchedule.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dues_rate", joinColumns = @JoinColumn(name = "schedule_id"))
    @MapKeyJoinColumn(name = "category_id")
    @Column(name = "annual_rate", nullable = false, precision = 12, scale = 2)
    private Map<MembershipCategory, BigDecimal> rates = new HashMap<>();

    @OneToMany(mappedBy = "schedule", fetch = FetchType.EAGER, cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DuesDiscount> discounts = new ArrayList<>();

    protected DuesSchedule() {
        // for JPA
    }

    DuesSchedule(String name, LocalDate effectiveFrom, LocalDate effectiveTo, String currency, Instant now) {
        this.name = name;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.currency = currency;
        this.createdAt = now;
    }

    void setRate(MembershipCategory category, BigDecimal annualRate) {
        rates.put(category, annualRate);
    }

    void addDiscount(DuesDiscount discount) {
        discounts.add(discount);
    }

    /** Ends an open-ended schedule the day before its successor starts. */
    void endOn(LocalDate lastDay) {
        this.effectiveTo = lastDay;
    }

    /** True if the two schedules are in force on at least one common day. */
    boolean overlaps(LocalDate from, LocalDate to) {
        LocalDate thisEnd = effectiveTo == null ? LocalDate.MAX : effectiveTo;
        LocalDate otherEnd = to == null ? LocalDate.MAX : to;
        return !effectiveFrom.isAfter(otherEnd) && !from.isAfter(thisEnd);
    }

    /** The rates by category name, for pages. */
    public Map<String, Money> getRatesByCategory() {
        Map<String, Money> byName = new java.util.TreeMap<>();
        rates.forEach((category, rate) -> byName.put(category.getName(), Money.of(rate, Currency.getInstance(currency))));
        return byName;
    }

    /** The discounts in words, e.g. "under 10,000: 40 % (CAO_ACAO, LOCAL_GOVERNMENT_STAFF)". */
    public List<String> getDiscountDescriptions() {
        return bands().stream().sorted(java.util.Comparator.comparingInt(PopulationBand::fromPopulation))
                .map(b -> b.describe() + ": " + (b.kind() == DiscountKind.PERCENT ? b.value().stripTrailingZeros().toPlainString()
                        + " %" : Money.of(b.value(), Currency.getInstance(currency)).format()) + " off ("
                        + String.join(", ", new java.util.TreeSet<>(b.categoryCodes())) + ")")
                .toList();
    }

    /** The category's annual rate in this schedule, if it has one. */
    public Optional<Money> rateFor(MembershipCategory category) {
        return rates.entrySet().stream()
                .filter(entry -> entry.getKey().getCode().equals(category.getCode()))
                .findFirst()
                .map(entry -> Money.of(entry.getValue(), Currency.getInstance(currency)));
    }

    /** The small-community discounts as rules. */
    public List<PopulationBand> bands() {
        return discounts.stream().map(DuesDiscount::band).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public String getCurrency() {
        return currency;
    }
}
