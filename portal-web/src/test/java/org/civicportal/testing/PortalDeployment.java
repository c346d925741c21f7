package org.civicportal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test uses: the real war the build produced, so tests see
 * exactly what runs in production. The test database is created first.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    /** The portal's war, read from {@code target/portal.war}. */
    public static WebArchive war() {
        TestDatabase.createOnce();
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
