package org.civicportal.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.civicportal.account.PositionType;
import org.civicportal.shared.FieldMessages;

/** Membership categories and their rules ({@code admin/membership/categories.xhtml}). */
@Named
@ViewScoped
public class CategoriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "category";

    @Inject
    DuesScheduleAdministration administration;

    private List<MembershipCategory> categories;
    private String editing;
    private CategoryChange change;

    @PostConstruct
    void load() {
        categories = administration.categories();
    }

    public void edit(MembershipCategory category) {
        editing = category.getCode();
        change = CategoryChange.of(category);
    }

    public void save() {
        MembershipCategory saved = administration.updateCategory(editing, change);
        FieldMessages.info("\u201c" + saved.getName() + "\u201d is saved. It applies to joins and renewals from now on.");
        editing = null;
        change = null;
        load();
    }

    public void cancel() {
        editing = null;
        change = null;
    }

    public PositionType[] getPositionTypes() {
        return PositionType.values();
    }

    public PeriodKind[] getPeriodKinds() {
        return PeriodKind.values();
    }

    public List<MembershipCategory> getCategories() {
        return categories;
    }

    public String getEditing() {
        return editing;
    }

    public CategoryChange getChange() {
        return change;
    }
}
