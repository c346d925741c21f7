/**
 * Membership and dues: categories, effective-dated dues schedules with small-community discounts,
 * joining, renewing, invoices, payments, receipts, reminders and reports.
 *
 * <ul>
 *   <li><b>Doors</b>: {@link org.civicportal.membership.MembershipService} (the caller's own
 *       membership), {@link org.civicportal.membership.MembershipAdministration},
 *       {@link org.civicportal.membership.DuesScheduleAdministration},
 *       {@link org.civicportal.membership.PaymentRecorder}, {@link org.civicportal.membership.MembershipReports}
 *       (administrators).</li>
 *   <li><b>Workers</b>: {@link org.civicportal.membership.MembershipLifecycle} (join, renew, approve),
 *       {@link org.civicportal.membership.Invoicing}, {@link org.civicportal.membership.DuesSchedules},
 *       {@link org.civicportal.membership.MembershipReminders}, {@link org.civicportal.membership.MembershipMails}.</li>
 *   <li><b>Rules</b>: {@link org.civicportal.membership.DuesCalculator}, {@link org.civicportal.membership.PeriodRule},
 *       {@link org.civicportal.membership.Standing} (the status on a day), and
 *       {@link org.civicportal.membership.MembershipGate}, the one member-only gate every feature asks,
 *       {@link org.civicportal.membership.MembershipPolicy} (may one join or renew) and
 *       {@link org.civicportal.membership.MembershipNextStep} (what to do next, for the overview page).</li>
 *   <li><b>Forms</b>: {@link org.civicportal.membership.ScheduleDraft}, {@link org.civicportal.membership.CategoryChange},
 *       {@link org.civicportal.membership.PaymentDetails}.</li>
 *   <li><b>Entities</b>: {@link org.civicportal.membership.Membership}, {@link org.civicportal.membership.MembershipCategory},
 *       {@link org.civicportal.membership.DuesSchedule}, {@link org.civicportal.membership.DuesDiscount},
 *       {@link org.civicportal.membership.Invoice}, {@link org.civicportal.membership.Payment}.</li>
 * </ul>
 */
package org.civicportal.membership;
