/**
 * The provider marketplace: organisations vetted by the association ("Leading Practice" providers)
 * list what they offer, and local governments ask several of them for technical assistance.
 *
 * <ul>
 *   <li><b>Entities</b>: {@link org.civicportal.marketplace.ProviderOrganisation} (its application,
 *       vetting and status), {@link org.civicportal.marketplace.ProviderUser} (who acts for it);
 *       {@link org.civicportal.marketplace.AssistanceRequest} (a member's request for technical
 *       assistance), {@link org.civicportal.marketplace.RequestAddressee} (one provider it went to, and
 *       where that provider stands), {@link org.civicportal.marketplace.RequestMessage} (the
 *       conversation with one provider: questions, answers, proposals, a decline),
 *       {@link org.civicportal.marketplace.RequestAttachment} (a request's or a proposal's file).</li>
 *   <li><b>Values</b>: {@link org.civicportal.marketplace.OrganisationType},
 *       {@link org.civicportal.marketplace.ProviderStatus}, {@link org.civicportal.marketplace.VettingCheck},
 *       {@link org.civicportal.marketplace.ProviderReference}, {@link org.civicportal.marketplace.RequestBudgetRange},
 *       {@link org.civicportal.marketplace.AssistanceRequestStatus},
 *       {@link org.civicportal.marketplace.RequestAddresseeState},
 *       {@link org.civicportal.marketplace.RequestMessageKind},
 *       {@link org.civicportal.marketplace.RequestUpload}, {@link org.civicportal.marketplace.AssistanceRequestDetail}.</li>
 *   <li><b>Forms</b>: {@link org.civicportal.marketplace.AssistanceRequestForm},
 *       {@link org.civicportal.marketplace.ProposalForm}.</li>
 *   <li><b>Doors</b>: {@link org.civicportal.marketplace.AssistanceRequestService} (for the caller, as the
 *       member who asks or as one of a provider's people), {@link org.civicportal.marketplace.AssistanceRequestAdministration}
 *       (administrators).</li>
 *   <li><b>Workers</b>: {@link org.civicportal.marketplace.AssistanceRequests} (the member's side),
 *       {@link org.civicportal.marketplace.AssistanceRequestInbox} (the provider's side),
 *       {@link org.civicportal.marketplace.RequestConversations} (reading conversations and files),
 *       {@link org.civicportal.marketplace.RequestSuggestions} (providers suiting a request, or found by name),
 *       {@link org.civicportal.marketplace.RequestReminders} with its tick {@link org.civicportal.marketplace.RequestReminderTick},
 *       {@link org.civicportal.marketplace.RequestMails}, {@link org.civicportal.marketplace.RequestReports},
 *       {@link org.civicportal.marketplace.AssistanceRequestSeeding} (demonstration data).</li>
 *   <li><b>Rules</b>: {@link org.civicportal.marketplace.RequestTransitions} (what may be said, and where it
 *       leaves a provider), {@link org.civicportal.marketplace.RequestWorkingDays},
 *       {@link org.civicportal.marketplace.RequestMatching}, {@link org.civicportal.marketplace.RequestPartnerships}
 *       (the partnership kinds a matrix calls plausible), {@link org.civicportal.marketplace.RequestLimits}
 *       and {@link org.civicportal.marketplace.RequestSettings}.</li>
 * </ul>
 */
package org.civicportal.marketplace;
