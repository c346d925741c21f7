package org.civicportal.shared;

import jakarta.faces.FacesException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.lifecycle.Lifecycle;
import org.primefaces.csp.CspState;

/**
 * Keeps PrimeFaces' Content-Security-Policy nonces from creating an HTTP session on public pages.
 *
 * <p>PrimeFaces keeps each page's nonce in the view map, so that Ajax requests can be checked
 * against it. It does so before the page is built, when it cannot yet know that a public page is
 * stateless, and creating a view map makes Faces remember it in the session: every anonymous visit
 * to the home page would then cost a session. It also refuses to render any full page for a form
 * post that carries no nonce (an error page after a refused post, a form sent by a script), with
 * a 500. Here every full page gets a fresh nonce, stored only when the visitor already has a
 * session; an Ajax request keeps PrimeFaces' own check against the nonce its page sent.
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

    /**
     * A fresh nonce for every full page, kept in the view map only when the visitor already has a
     * session; Ajax requests, whose scripts join a page already shown, keep that page's nonce.
     */
    static class Nonce extends CspState {

        private static final String VIEW_MAP_KEY = "primefaces.nonce";

        private final FacesContext faces;
        private String nonce;

        Nonce(FacesContext faces) {
            super(faces);
            this.faces = faces;
        }

        @Override
        public String getNonce() {
            if (nonce == null) {
                nonce = faces.getPartialViewContext().isAjaxRequest() ? super.getNonce() : forNewPage();
            }
            return nonce;
        }

        private String forNewPage() {
            String fresh = generateNonce();
            UIViewRoot view = faces.getViewRoot();
            if (faces.getExternalContext().getSession(false) != null && view != null && !view.isTransient()) {
                view.getViewMap(true).put(VIEW_MAP_KEY, fresh);
            }
            return fresh;
        }
    }
}
