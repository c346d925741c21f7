package org.civicportal.marketplace;

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
 * A file of a request (the member's, seen by every provider it is addressed to) or of a proposal
 * (seen by the member and that provider only). Kept in the database so that every node serves it;
 * its type was found from its content ({@code AttachmentCheck}) when it was uploaded.
 */
@Entity
@Table(name = "request_attachment")
public class RequestAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private AssistanceRequest request;

    /** The provider whose proposal holds it; null for the request's own files. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "addressee_id")
    private RequestAddressee addressee;

    @Embedded
    private FileDetails file;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected RequestAttachment() {
        // for JPA
    }

    RequestAttachment(AssistanceRequest request, RequestAddressee addressee, String fileName, String mediaType, byte[] content,
                      long uploadedBy, Instant now) {
        this.request = request;
        this.addressee = addressee;
        this.file = new FileDetails(fileName, mediaType, content);
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /** Where it is served: to the requester and the providers who may see it, nobody else. */
    public String getAddress() {
        return "marketplace/files?id=" + id;
    }

    public Long getId() {
        return id;
    }

    public AssistanceRequest getRequest() {
        return request;
    }

    public RequestAddressee getAddressee() {
        return addressee;
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

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
