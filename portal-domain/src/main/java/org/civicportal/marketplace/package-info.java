/**
 * The provider marketplace: organisations vetted by the association ("Leading Practice" providers)
 * list what they offer, and local governments ask several of them for technical assistance.
 *
 * <ul>
 *   <li><b>Entities</b>: {@link org.civicportal.marketplace.ProviderOrganisation} (its application,
 *       vetting and status), {@link org.civicportal.marketplace.ProviderUser} (who acts for it),
 *       {@link org.civicportal.marketplace.Listing} (one offering, its live and pending versions and its
 *       term), {@link org.civicportal.marketplace.ListingVersion} (every version kept),
 *       {@link org.civicportal.marketplace.ListingDocument} (a brochure or report, stored in the database).</li>
 *   <li><b>Values</b>: {@link org.civicportal.marketplace.OrganisationType},
 *       {@link org.civicportal.marketplace.ProviderStatus}, {@link org.civicportal.marketplace.VettingCheck},
 *       {@link org.civicportal.marketplace.ProviderReference}, {@link org.civicportal.marketplace.ListingStatus},
 *       {@link org.civicportal.marketplace.ListingVersionState}, {@link org.civicportal.marketplace.PriceModel},
 *       {@link org.civicportal.marketplace.DirectoryFilter}.</li>
 *   <li><b>Doors</b>: {@link org.civicportal.marketplace.ListingService} (providers, for their own
 *       organisation only), {@link org.civicportal.marketplace.ListingModeration} (administrators).</li>
 *   <li><b>Workers</b>: {@link org.civicportal.marketplace.ListingWriting} (drafts, sending, documents,
 *       renewal), {@link org.civicportal.marketplace.ListingModerating} (queue, comparison, decisions with
 *       a version check), {@link org.civicportal.marketplace.ListingTerms} with its tick
 *       {@link org.civicportal.marketplace.ListingTermTick} (reminders and ends of terms),
 *       {@link org.civicportal.marketplace.ListingMails} (notices claimed once, a daily allowance),
 *       {@link org.civicportal.marketplace.Listings} (the steps they share),
 *       {@link org.civicportal.marketplace.DirectoryReading} (the public directory),
 *       {@link org.civicportal.marketplace.DirectorySearch} (the directory in the site search),
 *       {@link org.civicportal.marketplace.ListingSeeding} (demonstration listings).</li>
 *   <li><b>Rules</b>: {@link org.civicportal.marketplace.ListingTerm} (term, renewal window, reminders),
 *       {@link org.civicportal.marketplace.ListingRegions} (regions served).</li>
 *   <li><b>Forms</b>: {@link org.civicportal.marketplace.ListingForm}.</li>
 * </ul>
 */
package org.civicportal.marketplace;
