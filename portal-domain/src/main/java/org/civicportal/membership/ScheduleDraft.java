package org.civicportal.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.TextShape;

/** A new dues schedule as an administrator fills it in. */
public class ScheduleDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Name the schedule, for example \"Dues 2027\".")
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String name;

    @NotNull(message = "Enter the first day the schedule is in force.")
    private LocalDate effectiveFrom;

    private LocalDate effectiveTo;

    @NotBlank(message = "Enter the currency.")
    @TextShape(value = TextShape.Shape.CURRENCY_CODE, message = "Enter a three-letter currency code, like USD.")
    private String currency = "USD";

    /** Annual rate by category code; every category needs one. */
    private Map<String, BigDecimal> rates = new LinkedHashMap<>();

    @Valid
    private List<BandDraft> bands = new ArrayList<>();

    /** One small-community discount row of the form. */
    public static class BandDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer fromPopulation;
        private Integer toPopulation;
        private DiscountKind kind = DiscountKind.PERCENT;
        private BigDecimal value;
        private List<String> categoryCodes = new ArrayList<>();

        /** A row left empty is ignored. */
        public boolean isBlank() {
            return fromPopulation == null && toPopulation == null && value == null;
        }

        public Integer getFromPopulation() {
            return fromPopulation;
        }

        public void setFromPopulation(Integer fromPopulation) {
            this.fromPopulation = fromPopulation;
        }

        public Integer getToPopulation() {
            return toPopulation;
        }

        public void setToPopulation(Integer toPopulation) {
            this.toPopulation = toPopulation;
        }

        public DiscountKind getKind() {
            return kind;
        }

        public void setKind(DiscountKind kind) {
            this.kind = kind;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public List<String> getCategoryCodes() {
            return categoryCodes;
        }

        public void setCategoryCodes(List<String> categoryCodes) {
            this.categoryCodes = categoryCodes;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public Map<String, BigDecimal> getRates() {
        return rates;
    }

    public List<BandDraft> getBands() {
        return bands;
    }
}
