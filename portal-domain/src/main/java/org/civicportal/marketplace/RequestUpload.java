package org.civicportal.marketplace;

/**
 * A file as a person sent it with a request or a proposal: the name their browser gave and the
 * bytes. Nothing is trusted until {@code AttachmentCheck} has looked at the content.
 */
public record RequestUpload(String fileName, byte[] content) {
}
