package org.civicportal.membership;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicportal.account.PopulationText;
import org.civicportal.account.PositionType;
import org.civicportal.shared.Money;
import org.civicportal.shared.ReadableDates;

/**
 * The public "Membership and dues" page ({@code dues.xhtml}): the categories, the rates and the
 * small-community discounts of the schedule in force, and a calculator. The calculator is a plain
 * GET form ({@code ?category=CAO_ACAO&population=8000}): no Faces postback, no session, and a quote
 * that can be bookmarked or sent to a council.
 */
@Named("publicDuesPage")
@RequestScoped
public class PublicDuesPage {

    /** Longer than any category code. */
    static final int MAX_CATEGORY_TEXT = 30;

    @Inject
    DuesPriceList priceList;

    private DuesSchedule schedule;
    private List<MembershipCategory> categories;
    private String category = "";
    private String population = "";
    private String categoryError;
    private String populationError;
    private DuesQuote quote;
    private MembershipCategory quotedCategory;
    private int quotedPopulation;

    @PostConstruct
    void load() {
        DuesPriceList.Dues dues = priceList.today();
        schedule = dues.schedule();
        categories = dues.categories();
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String categoryParam = params.get("category");
        String populationParam = params.get("population");
        if (categoryParam == null && populationParam == null) {
            return; // the page as first opened: nothing asked yet
        }
        Optional<MembershipCategory> chosen = readCategory(categoryParam);
        Integer people = readPopulation(populationParam);
        if (schedule == null || chosen.isEmpty() || people == null) {
            return;
        }
        quote = priceList.quoteForJoiningToday(schedule, chosen.get(), people).orElse(null);
        if (quote == null) {
            categoryError = chosen.get().getName() + " has no rate in the dues schedule in force.";
        } else {
            quotedCategory = chosen.get();
            quotedPopulation = people;
        }
    }

    private Optional<MembershipCategory> readCategory(String text) {
        if (text == null || text.isBlank()) {
            categoryError = "Choose a category.";
            return Optional.empty();
        }
        if (text.length() > MAX_CATEGORY_TEXT) {
            categoryError = "Choose one of the categories in the list.";
            return Optional.empty();
        }
        Optional<MembershipCategory> found = categories.stream().filter(c -> c.getCode().equals(text)).findFirst();
        if (found.isEmpty()) {
            categoryError = "Choose one of the categories in the list.";
        } else {
            category = text;
        }
        return found;
    }

    /** The population as a whole number, or null with a message saying what to type. */
    private Integer readPopulation(String text) {
        PopulationText.Reading reading = PopulationText.read(text);
        if (text != null && text.length() <= PopulationText.MAX_LENGTH) {
            population = text.strip();
        }
        populationError = reading.problem();
        return reading.isRead() ? reading.value() : null;
    }

    /** One line of the rates table. */
    public record Rate(MembershipCategory category, Money annualRate) {
        public MembershipCategory getCategory() {
            return category;
        }

        public String getAnnualRate() {
            return annualRate == null ? "Not offered this year" : annualRate.format();
        }

        /** Who may choose the category, by the position types it allows. */
        public String getWhoMayJoin() {
            return category.getEligiblePositions().stream().sorted()
                    .map(PositionType::getLabel).collect(Collectors.joining("; "));
        }
    }

    /** One line of the discounts table. */
    public record Band(String population, String discount, String categories) {
        public String getPopulation() {
            return population;
        }

        public String getDiscount() {
            return discount;
        }

        public String getCategories() {
            return categories;
        }
    }

    public List<Rate> getRates() {
        List<Rate> rates = new ArrayList<>();
        for (MembershipCategory c : categories) {
            rates.add(new Rate(c, schedule == null ? null : schedule.rateFor(c).orElse(null)));
        }
        return rates;
    }

    /** The small-community discounts, smallest communities first, with the categories they apply to. */
    public List<Band> getBands() {
        if (schedule == null) {
            return List.of();
        }
        Currency currency = Currency.getInstance(schedule.getCurrency());
        return schedule.bands().stream()
                .sorted(Comparator.comparingInt(PopulationBand::fromPopulation))
                .map(band -> new Band(band.describe(),
                        band.kind() == DiscountKind.PERCENT ? band.value().stripTrailingZeros().toPlainString() + " % off"
                                : Money.of(band.value(), currency).format() + " off",
                        categories.stream().filter(c -> band.categoryCodes().contains(c.getCode()))
                                .map(MembershipCategory::getName).collect(Collectors.joining("; "))))
                .toList();
    }

    /** The first day of the schedule in force, e.g. "January 1, 2026". */
    public String getInForceSince() {
        return schedule == null ? "" : ReadableDates.DAY.format(schedule.getEffectiveFrom());
    }

    public DuesSchedule getSchedule() {
        return schedule;
    }

    public List<MembershipCategory> getCategories() {
        return categories;
    }

    public String getCategory() {
        return category;
    }

    public String getPopulation() {
        return population;
    }

    public String getCategoryError() {
        return categoryError;
    }

    public String getPopulationError() {
        return populationError;
    }

    public DuesQuote getQuote() {
        return quote;
    }

    /** The population priced, as people write it, e.g. "8,000". */
    public String getQuotedPopulation() {
        return NumberFormat.getIntegerInstance(Locale.US).format(quotedPopulation);
    }

    public MembershipCategory getQuotedCategory() {
        return quotedCategory;
    }
}
