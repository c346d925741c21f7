package org.civicportal.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Faces messages for every page, public or administrative. Shows a service's
 * {@link InvalidInputException} next to the fields it names. By convention an
 * input's id is the last part of the property it edits ({@code jurisdiction.population} →
 * {@code population}); a problem without such a field is shown at the top of the form.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** Adds one error message per problem, to its field in the given form. */
    public static void show(InvalidInputException problems, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> problem : problems.problems().entrySet()) {
            String field = problem.getKey();
            String inputId = field.substring(field.lastIndexOf('.') + 1);
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getValue(), problem.getValue());
            if (field.contains("[")) {
                // a field of a repeated row ("jurisdictions[1].name"): the row's input has the client id
                // "form:jurisdictions:1:name", which the component tree only knows while it iterates
                faces.addMessage(formId + ":" + field.replace("[", ":").replace("].", ":"), message);
                continue;
            }
            UIComponent input = faces.getViewRoot().findComponent(":" + formId + ":" + inputId);
            faces.addMessage(input == null ? null : input.getClientId(faces), message);
            if (input instanceof jakarta.faces.component.UIInput uiInput) {
                keepWhatWasTyped(faces, uiInput);
                uiInput.setValid(false);
            }
        }
        faces.validationFailed();
    }

    /**
     * Shows the refused field with what the person typed. The service refuses after the model was
     * updated, when the field no longer holds the text it was sent, and an invalid field without it
     * is drawn empty: the person would have to type it again.
     */
    private static void keepWhatWasTyped(FacesContext faces, jakarta.faces.component.UIInput input) {
        if (input.getSubmittedValue() == null) {
            String typed = faces.getExternalContext().getRequestParameterMap().get(input.getClientId(faces));
            if (typed != null) {
                input.setSubmittedValue(typed);
            }
        }
    }

    /** A message at the top of the page. */
    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** An error at the top of the page. */
    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
