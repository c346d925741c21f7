package org.civicportal.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The short list of errors at the top of a form ({@code WEB-INF/includes/error-summary.xhtml}):
 * the form's own errors first, then one per field in the order the fields appear, each linking to
 * its field. The messages next to the fields stay; this list only says how many there are and where.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** Set on the request once a summary with errors is drawn: the field messages below it stay quiet. */
    private static final String SHOWN = ErrorSummary.class.getName() + ".shown";

    /**
     * One error: the message, and the anchor of its field ({@code null} for the form as a whole).
     * A class with getters, not a record: Expression Language 5 reads only bean properties.
     */
    public static final class Problem {

        private final String anchor;
        private final String message;

        Problem(String anchor, String message) {
            this.anchor = anchor;
            this.message = message;
        }

        public String getAnchor() {
            return anchor;
        }

        public String getMessage() {
            return message;
        }
    }

    /** The errors of the form with this id, empty when there are none. */
    public List<Problem> problemsIn(String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Problem> problems = new ArrayList<>();
        if (faces.getMaximumSeverity() == null || faces.getMaximumSeverity().compareTo(FacesMessage.SEVERITY_ERROR) < 0) {
            return problems;
        }
        faces.getMessageList(null).stream()
                .filter(message -> message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
                .forEach(message -> problems.add(new Problem(null, message.getSummary())));
        UIComponent form = faces.getViewRoot().findComponent(":" + formId);
        if (form != null) {
            addFieldProblems(faces, form, problems);
            addRowProblems(faces, formId, problems);
        }
        if (!problems.isEmpty()) {
            faces.getAttributes().put(SHOWN, Boolean.TRUE);
        }
        return problems;
    }

    /** True once this request drew a summary with errors, which then is the one that announces them. */
    static boolean isShown(FacesContext faces) {
        return Boolean.TRUE.equals(faces.getAttributes().get(SHOWN));
    }

    /** "1 thing to fix", "3 things to fix". */
    public String heading(int count) {
        return count == 1 ? "1 thing to fix" : count + " things to fix";
    }

    /** Messages of inputs in repeated rows, which the component tree names only while it iterates. */
    private static void addRowProblems(FacesContext faces, String formId, List<Problem> problems) {
        faces.getClientIdsWithMessages().forEachRemaining(clientId -> {
            String anchor = "#" + clientId;
            if (clientId != null && clientId.startsWith(formId + ":") && problems.stream().noneMatch(p -> anchor.equals(p.getAnchor()))) {
                faces.getMessageList(clientId).stream()
                        .filter(message -> message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
                        .findFirst()
                        .ifPresent(message -> problems.add(new Problem(anchor, message.getSummary())));
            }
        });
    }

    private static void addFieldProblems(FacesContext faces, UIComponent parent, List<Problem> problems) {
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof UIInput input && child.isRendered()) {
                String clientId = input.getClientId(faces);
                faces.getMessageList(clientId).stream()
                        .filter(message -> message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
                        .findFirst()
                        .ifPresent(message -> problems.add(new Problem("#" + clientId, message.getSummary())));
            }
            addFieldProblems(faces, child, problems);
        }
    }
}
