package org.civicportal.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.FieldMessages;

/** Dues schedules ({@code admin/membership/dues.xhtml}): the history, and a new schedule from a date. */
@Named
@ViewScoped
public class DuesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "schedule";
    private static final int EMPTY_BAND_ROWS = 2;

    @Inject
    DuesScheduleAdministration administration;

    @Inject
    DuesSchedules schedules;

    @Inject
    CivilCalendar calendar;

    private List<DuesSchedule> all;
    private List<MembershipCategory> categories;
    private ScheduleDraft draft;

    @PostConstruct
    void load() {
        all = administration.all();
        categories = schedules.categories();
        draft = draftFromScheduleInForce();
    }

    /** Next year's schedule, starting from this year's figures: most years only some numbers change. */
    private ScheduleDraft draftFromScheduleInForce() {
        LocalDate today = calendar.today();
        ScheduleDraft next = new ScheduleDraft();
        next.setName("Dues " + (today.getYear() + 1));
        next.setEffectiveFrom(LocalDate.of(today.getYear() + 1, 1, 1));
        schedules.inForceOn(today).ifPresent(current -> {
            next.setCurrency(current.getCurrency());
            categories.forEach(c -> current.rateFor(c).ifPresent(rate -> next.getRates().put(c.getCode(), rate.amount())));
            current.bands().stream().sorted(java.util.Comparator.comparingInt(PopulationBand::fromPopulation)).forEach(band -> {
                ScheduleDraft.BandDraft row = new ScheduleDraft.BandDraft();
                row.setFromPopulation(band.fromPopulation());
                row.setToPopulation(band.toPopulation());
                row.setKind(band.kind());
                row.setValue(band.value());
                row.setCategoryCodes(new java.util.ArrayList<>(band.categoryCodes()));
                next.getBands().add(row);
            });
        });
        for (int i = 0; i < EMPTY_BAND_ROWS; i++) {
            next.getBands().add(new ScheduleDraft.BandDraft());
        }
        return next;
    }

    public void create() {
        DuesSchedule created = administration.create(draft);
        load();
        FieldMessages.info("\u201c" + created.getName() + "\u201d is saved and applies from " + created.getEffectiveFrom()
                + ". Invoices already issued keep their amounts.");
    }

    public DiscountKind[] getKinds() {
        return DiscountKind.values();
    }

    public List<DuesSchedule> getAll() {
        return all;
    }

    public List<MembershipCategory> getCategories() {
        return categories;
    }

    public ScheduleDraft getDraft() {
        return draft;
    }
}
