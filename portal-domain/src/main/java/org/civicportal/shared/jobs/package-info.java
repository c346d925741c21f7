/**
 * Scheduled jobs on several nodes: {@link org.civicportal.shared.jobs.JobLeases} lets one node run
 * each tick of a job, through a lease per job in the table {@code job_lease} that expires on the
 * database's clock. Every {@code @Schedule} method goes through it, except the search index's
 * catch-up, which each node runs for its own index.
 */
package org.civicportal.shared.jobs;
