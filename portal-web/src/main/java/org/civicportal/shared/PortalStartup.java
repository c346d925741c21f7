package org.civicportal.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.civicportal.account.AccountSeeding;
import org.civicportal.account.PasswordPolicy;
import org.civicportal.account.PositionType;
import org.civicportal.account.Role;
import org.civicportal.account.SignUp;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First-start steps, after the schema is migrated: an administrator (from
 * {@code PORTAL_ADMIN_EMAIL} / {@code PORTAL_ADMIN_PASSWORD}, or generated and printed once), then
 * demonstration content unless {@code PORTAL_DEMO_DATA=false}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());
    private static final String DEFAULT_ADMIN_EMAIL = "admin@civicportal.example";

    @Inject
    AccountSeeding seeding;

    @Inject
    DemoData demoData;

    @Inject
    org.civicportal.content.LibraryDemoData libraryDemoData;

    @Inject
    org.civicportal.marketplace.ProviderDemoData providerDemoData;

    @Inject
    org.civicportal.marketplace.ListingDemoData listingDemoData;

    @Inject
    org.civicportal.marketplace.AssistanceRequestDemoData requestDemoData;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "portal.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "true")
    boolean loadDemoData;

    @PostConstruct
    void start() {
        // a mistyped PORTAL_ZONE stops the start with a plain message, not the first page that needs a date
        settings.zone();
        if (!seeding.hasAdministrator()) {
            createFirstAdministrator();
        }
        if (loadDemoData) {
            demoData.loadOnce();
            demoData.loadEventsOnce();
            libraryDemoData.loadOnce();
            providerDemoData.loadOnce().ifPresent(this::printProviderLogin);
            // after the demonstration providers: their listings
            listingDemoData.loadOnce();
            // after the providers' demonstration data, which creates the organisations it addresses
            requestDemoData.loadOnce();
        }
    }

    private void printProviderLogin(String password) {
        // Printed once, on the start that creates the demonstration providers, as the administrator's is.
        LOG.warning(() -> "\n==============================================================\n"
                + " Demonstration provider login\n"
                + "   email:    " + org.civicportal.marketplace.ProviderDemoData.PROVIDER_LOGIN + "\n"
                + "   password: " + password + "\n"
                + " It acts for Civic Shared Services LLC: " + settings.link("provider/organisation.xhtml") + "\n"
                + "==============================================================");
    }

    private void createFirstAdministrator() {
        String email = adminEmail.filter(e -> !e.isBlank()).orElse(DEFAULT_ADMIN_EMAIL);
        boolean generated = adminPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? randomPassword() : adminPassword.get();
        if (!generated) {
            // a weak or common first password would guard the whole portal: refuse to start with it
            passwordPolicy.problemWith(password, email).ifPresent(problem -> {
                throw new IllegalStateException("PORTAL_ADMIN_PASSWORD is not acceptable: " + problem
                        + " Set a stronger one, or leave it unset to have one generated.");
            });
        }
        SignUp admin = new SignUp();
        admin.setEmail(email);
        admin.setPassword(password);
        admin.setFullName("Portal Administrator");
        admin.setPositionTitle("Administrator");
        admin.setPositionType(PositionType.OTHER);
        admin.getJurisdiction().setName("Association headquarters");
        admin.getJurisdiction().setRegion("DC");
        admin.getJurisdiction().setCountry("US");
        admin.getJurisdiction().setPopulation(1);
        long adminId = seeding.createConfirmed(admin, EnumSet.of(Role.ADMIN, Role.MEMBER)).getId();
        if (loadDemoData) {
            demoData.complimentaryMembership(adminId);
        }
        String shown = generated ? password : "(the value of PORTAL_ADMIN_PASSWORD)";
        // Printed once, on the start that creates it; it is never stored in clear.
        LOG.warning(() -> "\n==============================================================\n"
                + " Administrator account created\n"
                + "   email:    " + email + "\n"
                + "   password: " + shown + "\n"
                + " Log in at " + settings.link("login.xhtml") + " and change the password on your profile page.\n"
                + "==============================================================");
    }

    /** A password for a login created at start-up and printed once. */
    public static String randomPassword() {
        // 16 characters from an alphabet without look-alikes (0/O, 1/l): about 90 bits
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
