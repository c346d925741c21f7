package org.civicportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A note that an item's public face changed (published, archived, renamed), written in the same
 * transaction as the change. Search indexes read these in id order from where they stopped.
 */
@Entity
@Table(name = "library_change")
public class LibraryChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected LibraryChange() {
        // for JPA
    }

    LibraryChange(long itemId, Instant changedAt) {
        this.itemId = itemId;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
