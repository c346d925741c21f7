/**
 * The provider marketplace: organisations vetted by the association ("Leading Practice" providers)
 * list what they offer, and local governments ask several of them for technical assistance.
 *
 * <ul>
 *   <li><b>Doors</b>: {@link org.civicportal.marketplace.ProviderService} (acts for the caller: applying,
 *       the caller's own organisation, its profile and people, joining by an invitation) and
 *       {@link org.civicportal.marketplace.ProviderAdministration} (administrators: vetting, suspension,
 *       removing users).</li>
 *   <li><b>Workers</b>: {@link org.civicportal.marketplace.ProviderApplications} (the application and the
 *       profile, checked in one pass; the caller's organisation read from their account),
 *       {@link org.civicportal.marketplace.ProviderVetting} (approve, decline, suspend, reinstate, version-checked),
 *       {@link org.civicportal.marketplace.ProviderTeam} (users, invitations, joining, removal),
 *       {@link org.civicportal.marketplace.ProviderRoles} (the PROVIDER role follows an approved organisation),
 *       {@link org.civicportal.marketplace.ProviderMails}, {@link org.civicportal.marketplace.ProviderSeeding}
 *       (demonstration providers).</li>
 *   <li><b>Rules</b>: {@link org.civicportal.marketplace.VettingPolicy} and {@link org.civicportal.marketplace.TeamPolicy}
 *       (as a {@link org.civicportal.marketplace.ProviderVerdict}), {@link org.civicportal.marketplace.ServedRegions}
 *       (regions served, read from a form's lines), {@link org.civicportal.marketplace.RegionCodes} (one region
 *       code read, checked and named, for providers and listings alike).</li>
 *   <li><b>Forms and read views</b>: {@link org.civicportal.marketplace.OrganisationForm} with
 *       {@link org.civicportal.marketplace.RegionChoice}; {@link org.civicportal.marketplace.TeamMember},
 *       {@link org.civicportal.marketplace.JoinInvitation}.</li>
 *   <li><b>Entities</b>: {@link org.civicportal.marketplace.ProviderOrganisation} (its application, vetting and
 *       status), {@link org.civicportal.marketplace.ProviderUser} (who acts for it),
 *       {@link org.civicportal.marketplace.ProviderInvitation} (a colleague's link, stored as a digest),
 *       {@link org.civicportal.marketplace.Listing} (one offering, its live and pending versions and its
 *       term), {@link org.civicportal.marketplace.ListingVersion} (every version kept),
 *       {@link org.civicportal.marketplace.ListingDocument} (a brochure or report, stored in the database).</li>
 *   <li><b>Values</b>: {@link org.civicportal.marketplace.OrganisationType},
 *       {@link org.civicportal.marketplace.ProviderStatus}, {@link org.civicportal.marketplace.VettingCheck},
 *       {@link org.civicportal.marketplace.ProviderReference}, {@link org.civicportal.marketplace.ListingStatus},
 *       {@link org.civicportal.marketplace.ListingVersionState}, {@link org.civicportal.marketplace.PriceModel},
 *       {@link org.civicportal.marketplace.DirectoryFilter}.</li>
 *   <li><b>Listings' doors</b>: {@link org.civicportal.marketplace.ListingService} (providers, for their own
 *       organisation only), {@link org.civicportal.marketplace.ListingModeration} (administrators).</li>
 *   <li><b>Listings' workers</b>: {@link org.civicportal.marketplace.ListingWriting} (drafts, sending, documents,
 *       renewal), {@link org.civicportal.marketplace.ListingModerating} (queue, comparison, decisions with
 *       a version check), {@link org.civicportal.marketplace.ListingTerms} with its tick
 *       {@link org.civicportal.marketplace.ListingTermTick} (reminders and ends of terms),
 *       {@link org.civicportal.marketplace.ListingMails} (notices claimed once, a daily allowance),
 *       {@link org.civicportal.marketplace.Listings} (the steps they share),
 *       {@link org.civicportal.marketplace.DirectoryReading} (the public directory),
 *       {@link org.civicportal.marketplace.DirectorySearch} (the directory in the site search),
 *       {@link org.civicportal.marketplace.ListingSeeding} (demonstration listings).</li>
 *   <li><b>Listings' rules</b>: {@link org.civicportal.marketplace.ListingTerm} (term, renewal window, reminders),
 *       {@link org.civicportal.marketplace.ListingRegions} (regions served, read from a line).</li>
 *   <li><b>Listings' form</b>: {@link org.civicportal.marketplace.ListingForm}.</li>
 *   <li><b>Requests' entities</b>: {@link org.civicportal.marketplace.AssistanceRequest} (a member's request for technical
 *       assistance), {@link org.civicportal.marketplace.RequestAddressee} (one provider it went to, and
 *       where that provider stands), {@link org.civicportal.marketplace.RequestMessage} (the
 *       conversation with one provider: questions, answers, proposals, a decline),
 *       {@link org.civicportal.marketplace.RequestAttachment} (a request's or a proposal's file).</li>
 *   <li><b>Requests' values</b>: {@link org.civicportal.marketplace.RequestBudgetRange},
 *       {@link org.civicportal.marketplace.AssistanceRequestStatus},
 *       {@link org.civicportal.marketplace.RequestAddresseeState},
 *       {@link org.civicportal.marketplace.RequestMessageKind},
 *       {@link org.civicportal.marketplace.RequestUpload}, {@link org.civicportal.marketplace.AssistanceRequestDetail}.</li>
 *   <li><b>Requests' forms</b>: {@link org.civicportal.marketplace.AssistanceRequestForm},
 *       {@link org.civicportal.marketplace.ProposalForm}.</li>
 *   <li><b>Requests' doors</b>: {@link org.civicportal.marketplace.AssistanceRequestService} (for the caller, as the
 *       member who asks or as one of a provider's people), {@link org.civicportal.marketplace.AssistanceRequestAdministration}
 *       (administrators).</li>
 *   <li><b>Requests' workers</b>: {@link org.civicportal.marketplace.AssistanceRequests} (the member's side),
 *       {@link org.civicportal.marketplace.AssistanceRequestInbox} (the provider's side),
 *       {@link org.civicportal.marketplace.RequestConversations} (reading conversations and files),
 *       {@link org.civicportal.marketplace.RequestSuggestions} (providers suiting a request, or found by name),
 *       {@link org.civicportal.marketplace.RequestReminders} with its tick {@link org.civicportal.marketplace.RequestReminderTick},
 *       {@link org.civicportal.marketplace.RequestMails}, {@link org.civicportal.marketplace.RequestReports},
 *       {@link org.civicportal.marketplace.AssistanceRequestSeeding} (demonstration data).</li>
 *   <li><b>Requests' rules</b>: {@link org.civicportal.marketplace.RequestTransitions} (what may be said, and where it
 *       leaves a provider), {@link org.civicportal.marketplace.RequestWorkingDays},
 *       {@link org.civicportal.marketplace.RequestMatching}, {@link org.civicportal.marketplace.RequestPartnerships}
 *       (the partnership kinds a matrix calls plausible), {@link org.civicportal.marketplace.RequestLimits}
 *       and {@link org.civicportal.marketplace.RequestSettings}.</li>
 * </ul>
 */
package org.civicportal.marketplace;
