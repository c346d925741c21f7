package org.civicportal.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.account.Role;
import org.civicportal.marketplace.ProviderAdministration;
import org.civicportal.membership.MembershipAdministration;
import org.civicportal.membership.WaitingWork;

/**
 * The administration menu on every admin page: which item is the page being shown, and how much
 * waits (applications, open invoices). The counts are read once per request, and only for
 * administrators: editors see only the events group and may not call the membership door.
 */
@Named
@RequestScoped
public class AdminMenu {

    @Inject
    MembershipAdministration membership;

    @Inject
    ProviderAdministration providers;

    private WaitingWork waiting;
    private Long providersWaiting;

    /**
     * How the menu item leading to {@code itemViewId} relates to the page shown: {@code "page"} when
     * it is that page, {@code "true"} when the page is inside that item's section (an event of the
     * event list, an account of the account list), otherwise {@code null}, which renders no
     * {@code aria-current} attribute at all.
     */
    public String current(String itemViewId) {
        String shown = viewId();
        if (shown.equals(itemViewId)) {
            return "page";
        }
        return itemViewId.equals(sectionOf(shown)) ? "true" : null;
    }

    /** The style of a menu item: marked when {@link #current} says it is the page or its section. */
    public String styleOf(String itemViewId) {
        return current(itemViewId) == null ? "admin-nav__link" : "admin-nav__link admin-nav__link--current";
    }

    public long getApplications() {
        return waiting().applications();
    }

    public long getOpenInvoices() {
        return waiting().openInvoices();
    }

    /** How many provider applications wait for vetting (administrators only; 0 for others). */
    public long getProvidersWaiting() {
        if (providersWaiting == null) {
            providersWaiting = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ADMIN)
                    ? providers.countWaiting()
                    : 0L;
        }
        return providersWaiting;
    }

    private WaitingWork waiting() {
        if (waiting == null) {
            waiting = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ADMIN)
                    ? membership.waitingWork()
                    : new WaitingWork(0, 0);
        }
        return waiting;
    }

    private static String viewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    }

    /** The list a detail page belongs to, so the list's menu item stays marked on its details. */
    static String sectionOf(String viewId) {
        return switch (viewId) {
            case "/admin/account/account.xhtml" -> "/admin/account/accounts.xhtml";
            case "/admin/events/event.xhtml", "/admin/events/edit.xhtml" -> "/admin/events/events.xhtml";
            case "/admin/mail/message.xhtml" -> "/admin/mail/outbox.xhtml";
            case "/admin/marketplace/provider.xhtml" -> "/admin/marketplace/providers.xhtml";
            case "/admin/content/item.xhtml", "/admin/content/case-study.xhtml", "/admin/content/research-summary.xhtml",
                    "/admin/content/training-programme.xhtml", "/admin/content/programme-page.xhtml",
                    "/admin/content/bibliography-entry.xhtml", "/admin/content/bibliography-import.xhtml" -> "/admin/content/index.xhtml";
            case "/admin/marketplace/listing.xhtml" -> "/admin/marketplace/listings.xhtml";
            default -> "";
        };
    }
}
