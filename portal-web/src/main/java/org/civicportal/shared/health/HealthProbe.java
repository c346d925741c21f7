package org.civicportal.shared.health;

/**
 * One thing {@code /health} checks. To add a check, write an {@code @ApplicationScoped} bean
 * implementing this interface: the health page finds every such bean by itself.
 */
public interface HealthProbe {

    /** A short, stable name, e.g. "database". */
    String name();

    /** True when this part of the portal works. Must answer within a few seconds. */
    boolean isUp();
}
