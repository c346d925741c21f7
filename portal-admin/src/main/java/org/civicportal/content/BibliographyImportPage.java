package org.civicportal.content;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * Imports a BibTeX or RIS file into the bibliography ({@code admin/content/bibliography-import.xhtml}):
 * the file is read and previewed (new, duplicate, with mistakes, each with its line), and nothing is
 * saved until the editor confirms; the service reads the file again then, against the entries of
 * that moment.
 */
@Named
@ViewScoped
public class BibliographyImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryAdministration administration;

    private transient Part upload;
    private String content;
    private String fileName;
    private ImportPreview preview;

    /** Reads the file and shows what importing it would do. */
    public void read() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            throw new InvalidInputException("upload", "Choose a BibTeX (.bib) or RIS (.ris) file.");
        }
        if (upload.getSize() > BibliographyImport.MAX_FILE_BYTES) {
            throw new InvalidInputException("upload", "The file is larger than 2 MB. Split it and import the parts.");
        }
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            bytes = in.readNBytes(BibliographyImport.MAX_FILE_BYTES + 1);
        }
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInputException("upload", "The file is not in UTF-8. Export it again as UTF-8 (most reference managers offer it).");
        }
        fileName = upload.getSubmittedFileName();
        preview = administration.previewBibliography(content);
    }

    /** Publishes the new entries and shows the editors' desk. */
    public String confirm() {
        int published = administration.importBibliography(content).size();
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info(published + (published == 1 ? " bibliography entry published." : " bibliography entries published."));
        return "/admin/content/index?faces-redirect=true";
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
