package org.civicportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.civicportal.account.CurrentUser;

/**
 * One library item's public page ({@code /library/{kind}/{slug}}, drawn by {@code library/item.xhtml}).
 * Its text is shown in full when it is public or the reader may read members-only text; otherwise
 * the summary and a plain way to join or renew. Stateless: no session for a visitor.
 */
@Named
@RequestScoped
public class LibraryItemPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    LibraryService library;

    private LibraryReading.Found found;
    private Boolean mayRead;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object attribute = external.getRequestMap().get(LibraryAddressFilter.FOUND);
        found = attribute instanceof LibraryReading.Found f ? f : null;
    }

    /** Opened without its address (as {@code item.xhtml} itself): there is nothing to show. */
    public void requireItem() throws IOException {
        if (found == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public Revision getRevision() {
        return found.live();
    }

    public LibraryItem getItem() {
        return found.item();
    }

    /** The case study's own fields, or null for another kind. */
    public CaseStudy getCaseStudy() {
        return found.live() instanceof CaseStudy caseStudy ? caseStudy : null;
    }

    /** The bibliography entry's own fields, or null for another kind. */
    public BibliographyEntry getEntry() {
        return found.live() instanceof BibliographyEntry entry ? entry : null;
    }

    /** The list this item belongs to, for the way back. */
    public String getListAddress() {
        return found.item().getKind() == ResourceKind.BIBLIOGRAPHY_ENTRY ? "library/bibliography.xhtml" : "library/case-studies.xhtml";
    }

    /** True if the whole text is shown to this reader. */
    public boolean isMayRead() {
        if (mayRead == null) {
            mayRead = !found.live().isMembersOnly() || (currentUser.isLoggedIn() && library.callerMayReadMembersOnly());
        }
        return mayRead;
    }

    /** The stored text, its file addresses made to work under the portal's context path. */
    public String getBodyHtml() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String body = found.live().getBodyHtml();
        return contextPath.isEmpty() ? body : body.replace("\"" + LibraryFiles.ADDRESS_PREFIX, "\"" + contextPath + LibraryFiles.ADDRESS_PREFIX);
    }

    /** The description for search engines and link previews: the summary, shortened. */
    public String getMetaDescription() {
        String summary = found.live().getSummary();
        return summary.length() <= 300 ? summary : summary.substring(0, 297) + "...";
    }
}
