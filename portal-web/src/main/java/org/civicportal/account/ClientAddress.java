package org.civicportal.account;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The address the current request comes from, for the per-network limits of the account forms. */
final class ClientAddress {

    private ClientAddress() {
    }

    /** The remote address as the container sees it (see README: configure a reverse proxy to pass it on). */
    static String ofCurrentRequest() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    /** True when the current request is a postback made with the given button or form (its client id). */
    static boolean isPostbackOf(String clientId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey(clientId);
    }
}
