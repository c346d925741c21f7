package org.civicportal.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
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
            ExceptionQueuedEventContext event = events.next().getContext();
            if (isUnusableViewState(event)) {
                events.remove();
                if (!answered) {
                    answered = true;
                    Throwable thrown = event.getException();
                    LOG.info(() -> "A form with an expired, unknown or tampered view state was refused: " + thrown.getMessage());
                    showExpiredPage(context);
                }
            }
        }
        getWrapped().handle();
    }

    /**
     * An expired view anywhere, or Faces failing to restore the view from what the form sent (a
     * stateful page posted with the value {@code stateless}, for instance): no code of the portal
     * runs while a view is restored, so such a failure is the sender's doing.
     */
    private static boolean isUnusableViewState(ExceptionQueuedEventContext event) {
        Throwable t = event.getException();
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return PhaseId.RESTORE_VIEW.equals(event.getPhaseId()) && event.getException() instanceof FacesException;
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
