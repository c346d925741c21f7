package org.civicportal.marketplace;

import jakarta.persistence.AttributeOverride;
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
import java.time.Instant;
import org.civicportal.shared.FileDetails;

/**
 * A document a provider attached to a listing (a brochure, a sample report), checked by its content
 * when uploaded and stored in the database. Versions list the documents they show; the content is
 * read only when the file is served.
 */
@Entity
@Table(name = "provider_listing_document")
public class ListingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id", nullable = false)
    private Listing listing;

    // this table's file names were kept shorter
    @Embedded
    @AttributeOverride(name = "fileName", column = @Column(name = "file_name", nullable = false, length = 100))
    private FileDetails file;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "added_by", nullable = false)
    private long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ListingDocument() {
        // for JPA
    }

    ListingDocument(Listing listing, String fileName, String mediaType, byte[] content, long addedBy, Instant now) {
        this.listing = listing;
        this.file = new FileDetails(fileName, mediaType, content);
        this.content = content.clone();
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    /** Its address, relative to the portal: {@code listing-documents/12/brochure.pdf}. */
    public String getPath() {
        return "listing-documents/" + id + "/" + file.getFileName();
    }

    /** PDFs open in the browser; office files download. */
    public boolean isInline() {
        return "application/pdf".equals(file.getMediaType());
    }

    public Long getId() {
        return id;
    }

    public Listing getListing() {
        return listing;
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

    public long getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
