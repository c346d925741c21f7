/**
 * Accounts: who a person is, how they prove it, and what they may do.
 *
 * <ul>
 *   <li><b>Doors</b> (check who calls): {@link org.civicportal.account.AccountService} (sign-up,
 *       confirmation, password reset), {@link org.civicportal.account.LoginService},
 *       {@link org.civicportal.account.ProfileService} (the caller's own profile and password),
 *       {@link org.civicportal.account.AccountAdministration} (administrators: roles, disabling).</li>
 *   <li><b>Workers</b>: {@link org.civicportal.account.AccountSeeding} (accounts made at start-up and
 *       in tests), {@link org.civicportal.account.AccountMails}, {@link org.civicportal.account.SecureTokens}.</li>
 *   <li><b>Rules</b>: {@link org.civicportal.account.PasswordPolicy},
 *       {@link org.civicportal.account.PasswordHasher} (Argon2id), {@link org.civicportal.account.LoginThrottle}
 *       (its allowances shared by every node through {@link org.civicportal.account.DatabaseLoginBuckets}).</li>
 *   <li><b>Forms</b>: {@link org.civicportal.account.SignUp}, {@link org.civicportal.account.ProfileDetails},
 *       {@link org.civicportal.account.Jurisdiction}.</li>
 *   <li><b>Entities</b>: {@link org.civicportal.account.Account}, {@link org.civicportal.account.AccountToken}.</li>
 * </ul>
 */
package org.civicportal.account;
