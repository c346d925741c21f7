package org.civicportal.content;

import java.io.Serializable;
import java.util.List;

/** A public library item as a list of choices shows it: its title and its kind. */
public record ItemChoice(long id, String label) implements Serializable {

    /** The public items an item may link to: all of them but the item itself ({@code self}, or null for a new one). */
    static List<ItemChoice> linkableFrom(List<LibraryItem> publicItems, Long self) {
        return publicItems.stream().filter(i -> !i.getId().equals(self))
                .map(i -> new ItemChoice(i.getId(), i.getLiveRevision().getTitle() + " (" + i.getKind().getLabel() + ")")).toList();
    }
}
