package org.civicportal.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.shared.CleanText;

/**
 * What every library text's form holds, whatever its kind: the title, the summary (public, and what
 * search results show), the rich text, who may read it, and its service areas. Each kind's form adds
 * its own fields.
 */
public abstract class LibraryTextForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the title.")
    @Size(max = 300, message = "Use at most 300 characters.")
    @CleanText
    private String title;

    @NotBlank(message = "Write a summary of two or three sentences: search results show it, and so does the page to anyone who may not read the full text.")
    @Size(max = 2000, message = "Use at most 2,000 characters.")
    @CleanText(multiLine = true)
    private String summary;

    @Size(max = RichText.MAX_LENGTH, message = "The text is too long: use at most 200,000 characters.")
    private String bodyHtml = "";

    @NotNull(message = "Choose who may read the full text.")
    private Access access = Access.PUBLIC;

    @Size(max = 10, message = "Choose at most 10 service areas.")
    private List<Long> serviceAreaIds = new ArrayList<>();

    /** Fills the common fields from what a revision says, for editing it. */
    protected void readCommon(Revision revision) {
        title = revision.getTitle();
        summary = revision.getSummary();
        bodyHtml = revision.getBodyHtml();
        access = revision.getAccess();
        serviceAreaIds = new ArrayList<>(revision.getServiceAreas().stream().map(area -> area.getId()).toList());
    }

    /** Gives another form of the same kind these common fields. */
    protected void copyCommonTo(LibraryTextForm other) {
        other.title = title;
        other.summary = summary;
        other.bodyHtml = bodyHtml;
        other.access = access;
        other.serviceAreaIds = new ArrayList<>(serviceAreaIds);
    }

    protected static String trim(String text) {
        return text == null ? null : text.strip();
    }

    protected static String blankToNull(String text) {
        String trimmed = trim(text);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = trim(title);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = trim(summary);
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml == null ? "" : bodyHtml;
    }

    public Access getAccess() {
        return access;
    }

    public void setAccess(Access access) {
        this.access = access;
    }

    public List<Long> getServiceAreaIds() {
        return serviceAreaIds;
    }

    public void setServiceAreaIds(List<Long> serviceAreaIds) {
        this.serviceAreaIds = serviceAreaIds == null ? new ArrayList<>() : new ArrayList<>(serviceAreaIds);
    }
}
