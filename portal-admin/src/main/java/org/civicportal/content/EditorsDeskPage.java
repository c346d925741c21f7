package org.civicportal.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The editors' desk ({@code admin/content/index.xhtml}): my drafts, waiting for review, scheduled, recently published. */
@Named
@RequestScoped
public class EditorsDeskPage {

    @Inject
    LibraryAdministration administration;

    private EditorsDesk.Overview overview;

    public EditorsDesk.Overview getOverview() {
        if (overview == null) {
            overview = administration.overview();
        }
        return overview;
    }
}
