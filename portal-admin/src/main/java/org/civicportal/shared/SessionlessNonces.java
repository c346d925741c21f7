package org.civicportal.shared;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.lifecycle.Lifecycle;
import org.primefaces.csp.CspState;

/**
 * Keeps PrimeFaces' Content-Security-Policy nonces from creating an HTTP session on public pages.
 *
 * <p>On a first visit PrimeFaces keeps each page's nonce in the view map, so that Ajax requests
 * can be checked against it. It does so before the page is built, when it cannot yet know that a
 * public page is stateless, and creating a view map makes Faces remember it in the session: every
 * anonymous visit to the home page would then cost a session. Here a visitor who has no session
 * yet gets a fresh nonce that is not stored: stateless pages have no view state to keep, and a
 * stateful page's first Ajax request is still checked by PrimeFaces against the nonce it sends.
 *
 * <p>This factory is wrapped by PrimeFaces' own (see the ordering in {@code faces-config.xml}),
 * so the state it puts in the request's attributes is the one PrimeFaces picks up.
 */
public class SessionlessNonces extends FacesContextFactory {

    public SessionlessNonces(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle) throws FacesException {
        FacesContext faces = getWrapped().getFacesContext(context, request, response, lifecycle);
        faces.getAttributes().putIfAbsent(CspState.class.getName(), new Nonce(faces));
        return faces;
    }

    /** A nonce that needs no session when the visitor has none. */
    static class Nonce extends CspState {

        private final FacesContext faces;
        private String unstored;

        Nonce(FacesContext faces) {
            super(faces);
            this.faces = faces;
        }

        @Override
        public String getNonce() {
            if (unstored != null) {
                return unstored;
            }
            boolean firstVisit = !faces.isPostback() && !faces.getPartialViewContext().isAjaxRequest()
                    && faces.getExternalContext().getSession(false) == null;
            if (firstVisit) {
                unstored = generateNonce();
                return unstored;
            }
            return super.getNonce();
        }
    }
}
