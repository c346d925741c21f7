/**
 * What every feature uses: the one {@link java.time.Clock} ({@link org.civicportal.shared.ClockProducer}),
 * the portal's settings, money, server-side input checks ({@link org.civicportal.shared.InputCheck},
 * {@link org.civicportal.shared.InvalidInputException}), how forms take typed text
 * ({@link org.civicportal.shared.FormText}), what is kept of an uploaded file
 * ({@link org.civicportal.shared.FileDetails}), the one email-address rule
 * ({@link org.civicportal.shared.EmailAddress}), and the sub-packages {@code mail} (the outbox),
 * {@code servicearea} (the service-area taxonomy) and {@code jobs} (one node runs each tick of a
 * scheduled job).
 */
package org.civicportal.shared;
