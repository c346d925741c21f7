package org.civicportal.marketplace;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
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

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

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
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
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
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
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
