/**
 * Webinars and events: the public catalog, registration with capacity and a waitlist, calendar
 * files, reminders, and the organisers' side (publishing, changes, attendance, credits).
 *
 * <ul>
 *   <li><b>Doors</b>: {@link org.civicportal.events.EventService} (members registering and
 *       cancelling), {@link org.civicportal.events.EventAdministration} (editors and administrators).</li>
 *   <li><b>Workers</b>: {@link org.civicportal.events.Registrations} (seats by one conditional UPDATE),
 *       {@link org.civicportal.events.EventOrganising}, {@link org.civicportal.events.EventCatalog},
 *       {@link org.civicportal.events.EventReminders}, {@link org.civicportal.events.EventMails},
 *       {@link org.civicportal.events.EventSeeding}.</li>
 *   <li><b>Rules</b>: {@link org.civicportal.events.RegistrationPolicy} (who may register, as a
 *       {@link org.civicportal.events.RegistrationVerdict} the page shows and the service asks again),
 *       {@link org.civicportal.events.RegistrationWindow}, {@link org.civicportal.events.CalendarFile} (RFC 5545),
 *       {@link org.civicportal.events.EventTimes}, {@link org.civicportal.events.AttendanceCsv}.</li>
 *   <li><b>Forms</b>: {@link org.civicportal.events.EventDetails}; read views:
 *       {@link org.civicportal.events.UpcomingRegistration} (a person's coming event, with their place and join link).</li>
 *   <li><b>Entities</b>: {@link org.civicportal.events.Event}, {@link org.civicportal.events.Registration}.</li>
 * </ul>
 */
package org.civicportal.events;
