package org.civicportal.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Answers a form whose view state is expired, unknown or tampered with by the "page expired"
 * page with status 400, and logs one line: such a form is the visitor's (or a scanner's) mistake,
 * not the portal's, so it is neither a 500 nor a stack trace in the log. Everything else goes on
 * to Faces' own handling (and the 500 error page), as OmniFaces' exception handlers do.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    private static final Logger LOG = Logger.getLogger(ExpiredViewHandler.class.getName());

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        boolean answered = false;
        while (events.hasNext()) {
            ViewExpiredException expired = expiredCause(events.next().getContext().getException());
            if (expired != null) {
                events.remove();
                if (!answered) {
                    answered = true;
                    LOG.info(() -> "A form with an expired or unknown view state was refused (" + expired.getViewId() + ")");
                    showExpiredPage(context);
                }
            }
        }
        getWrapped().handle();
    }

    private static ViewExpiredException expiredCause(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof ViewExpiredException expired) {
                return expired;
            }
        }
        return null;
    }

    /** Renders the expired page in place of the requested one, with a 4xx status. */
    private static void showExpiredPage(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return;
        }
        external.responseReset();
        external.setResponseStatus(400);
        UIViewRoot page = context.getApplication().getViewHandler().createView(context, EXPIRED_PAGE);
        context.setViewRoot(page);
        context.getPartialViewContext().setRenderAll(true);
        context.renderResponse();
    }

    /** Puts {@link ExpiredViewHandler} in front of Faces' own exception handler (see faces-config.xml). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
