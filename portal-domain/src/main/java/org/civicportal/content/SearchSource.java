package org.civicportal.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Content of another feature that the site search holds beside the library (the provider
 * directory's providers and listings). It changes outside the library's change table, so, as for
 * events, each tick of {@link LibrarySearch} compares versions: only a document whose version
 * changed is built and indexed again, and one that is gone is removed. A CDI bean implementing this
 * is found and read by the search; nothing else is needed to join it.
 */
public interface SearchSource {

    /** The key of every document the source shows now, with a text that changes whenever the document does. */
    Map<String, String> versions();

    /** The documents of these keys (those still shown; others are left out). */
    List<SearchDocument> documents(Collection<String> keys);
}
