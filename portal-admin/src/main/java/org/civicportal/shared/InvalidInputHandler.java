package org.civicportal.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import java.util.Iterator;

/**
 * Turns a service's {@link InvalidInputException}, thrown by any action or Ajax listener, into
 * messages next to the fields it names (in the form the request came from) and renders the same
 * page again, so that a bean's action is one line with no try/catch. Any other failure goes on to
 * the next handler. Registered in this module's {@code faces-config.xml}, for both sites.
 */
public class InvalidInputHandler extends ExceptionHandlerWrapper {

    InvalidInputHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext context = events.next().getContext();
            InvalidInputException problems = invalidInputIn(context.getException());
            if (problems != null) {
                String form = formOf(context.getComponent(), context.getContext());
                if (form == null) {
                    problems.problems().values().forEach(FieldMessages::error);
                    context.getContext().validationFailed();
                } else {
                    FieldMessages.show(problems, form);
                }
                events.remove();
            }
        }
        getWrapped().handle();
    }

    static InvalidInputException invalidInputIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** The form around the component that failed, or else the form this request submitted. */
    private static String formOf(UIComponent component, FacesContext faces) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (c instanceof UIForm) {
                return c.getId();
            }
        }
        return faces.getViewRoot() == null ? null : submittedForm(faces.getViewRoot());
    }

    private static String submittedForm(UIComponent parent) {
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof UIForm form && form.isSubmitted()) {
                return form.getId();
            }
            String inside = submittedForm(child);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    /** Puts the handler in front of the ones Faces and PrimeFaces provide. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new InvalidInputHandler(getWrapped().getExceptionHandler());
        }
    }
}
