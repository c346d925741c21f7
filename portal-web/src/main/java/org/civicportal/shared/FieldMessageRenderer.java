package org.civicportal.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.Set;
import org.primefaces.component.message.Message;
import org.primefaces.component.message.MessageRenderer;

/**
 * PrimeFaces' message next to a field, made quiet when the form's error summary is shown: the
 * summary is the one live region that reads the errors out, and PrimeFaces would make every field
 * message an alert of its own as well, so a screen reader would announce each error twice. On a
 * form without a summary the field messages keep their alert role.
 */
public class FieldMessageRenderer extends MessageRenderer {

    private static final Set<String> ANNOUNCING = Set.of("role", "aria-live", "aria-atomic");

    @Override
    protected void encodeMarkup(FacesContext context, Message message, String targetClientId) throws IOException {
        if (!ErrorSummary.isShown(context)) {
            super.encodeMarkup(context, message, targetClientId);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!ANNOUNCING.contains(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeMarkup(context, message, targetClientId);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
