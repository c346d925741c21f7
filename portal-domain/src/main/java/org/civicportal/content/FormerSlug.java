package org.civicportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An address an item had before it was renamed: links to it elsewhere keep working (301). */
@Entity
@Table(name = "library_former_slug")
@IdClass(FormerSlug.Key.class)
public class FormerSlug {

    /** The primary key: kind and slug. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private ResourceKind kind;
        private String slug;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind == kind && Objects.equals(key.slug, slug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, slug);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ResourceKind kind;

    @Id
    @Column(length = 80)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private LibraryItem item;

    protected FormerSlug() {
        // for JPA
    }

    FormerSlug(ResourceKind kind, String slug, LibraryItem item) {
        this.kind = kind;
        this.slug = slug;
        this.item = item;
    }

    public LibraryItem getItem() {
        return item;
    }
}
