/**
 * Anonymous pages served from memory. A visitor without a session asking for a public page
 * ({@link PublicPages}) gets the bytes drawn for an earlier visitor ({@link PageCache}), with a fresh
 * script nonce ({@link CachedPage}) and an entity tag for a cheap revalidation
 * ({@link PageCacheFilter}). What was kept is dropped when any transaction that wrote to the
 * database commits ({@link PageCacheInvalidation}), and in any case after a few seconds, which is
 * how long a page can lag behind what changes without a write (the clock passing a registration
 * deadline). Nobody logged in is ever served, or feeds, the cache.
 */
package org.civicportal.shared.pagecache;
