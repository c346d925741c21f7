/**
 * The provider marketplace: organisations vetted by the association ("Leading Practice" providers)
 * list what they offer, and local governments ask several of them for technical assistance.
 *
 * <ul>
 *   <li><b>Entities</b>: {@link org.civicportal.marketplace.ProviderOrganisation} (its application,
 *       vetting and status), {@link org.civicportal.marketplace.ProviderUser} (who acts for it).</li>
 *   <li><b>Values</b>: {@link org.civicportal.marketplace.OrganisationType},
 *       {@link org.civicportal.marketplace.ProviderStatus}, {@link org.civicportal.marketplace.VettingCheck},
 *       {@link org.civicportal.marketplace.ProviderReference}.</li>
 * </ul>
 */
package org.civicportal.marketplace;
