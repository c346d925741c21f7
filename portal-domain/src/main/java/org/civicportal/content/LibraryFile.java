package org.civicportal.content;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.civicportal.shared.FileDetails;

/**
 * A file attached to a library item: a full report, an image in the text. Kept in the database so
 * that every node serves it; its type was found from its content when it was uploaded.
 */
@Entity
@Table(name = "library_file")
public class LibraryFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private LibraryItem item;

    @Embedded
    private FileDetails file;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    /** The text of a PDF, read at upload for the search; null for other files. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected LibraryFile() {
        // for JPA
    }

    LibraryFile(LibraryItem item, String fileName, String mediaType, byte[] content, long uploadedBy, Instant now) {
        this.item = item;
        this.file = new FileDetails(fileName, mediaType, content);
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
        this.extractedText = "application/pdf".equals(mediaType) ? PdfText.of(content) : null;
    }

    /** The address the file is served at, root-relative, as the sanitised text stores it. */
    public String getAddress() {
        return LibraryFiles.ADDRESS_PREFIX + id + "/" + file.getFileName();
    }

    public boolean isImage() {
        return file.getMediaType().startsWith("image/");
    }

    public Long getId() {
        return id;
    }

    public LibraryItem getItem() {
        return item;
    }

    public String getFileName() {
        return file.getFileName();
    }

    public String getMediaType() {
        return file.getMediaType();
    }

    public long getSizeBytes() {
        return file.getSizeBytes();
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
