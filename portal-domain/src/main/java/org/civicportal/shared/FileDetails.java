package org.civicportal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * What the portal knows of a file it keeps in the database: its name, its type (found from its
 * content when it was uploaded, never from its name) and its size. The library's files, listings'
 * documents and requests' attachments each hold one, in columns of the same names (an entity
 * overrides one where its table differs). The bytes are not here but beside it in each entity, as a
 * lazy {@code @Lob}: EclipseLink reads an embeddable's lazy attributes at once, and a list of files
 * must not load every file.
 */
@Embeddable
public class FileDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    protected FileDetails() {
        // for JPA
    }

    /** The details of a file of these bytes. */
    public FileDetails(String fileName, String mediaType, byte[] content) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
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
}
