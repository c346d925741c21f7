package org.civicportal.cluster;

import java.net.URI;
import java.nio.file.Path;

/**
 * What the driver is told about the cluster it tests, as system properties (cluster/test.sh sets
 * them all): {@code node1.url}, {@code node2.url} and {@code nginx.url} (each with a trailing
 * slash), {@code cluster.dir} (where node N's process id is, in {@code node-N.pid}),
 * {@code db.url}, {@code db.user}, {@code db.password}, {@code admin.email},
 * {@code admin.password}, {@code member.password} (every seeded member's), {@code smtp.port}
 * (where the driver's SMTP server listens, and the nodes deliver) and {@code report.file} (where
 * the summary is written as well as printed).
 */
record Settings(URI node1, URI node2, URI nginx, Path clusterDir, String dbUrl, String dbUser, String dbPassword,
                String adminEmail, String adminPassword, String memberPassword, int smtpPort, Path reportFile) {

    static Settings fromSystemProperties() {
        return new Settings(url("node1.url", "http://127.0.0.1:8281/"), url("node2.url", "http://127.0.0.1:8282/"),
                url("nginx.url", "http://127.0.0.1:8280/"), Path.of(property("cluster.dir", "data/cluster-test")),
                property("db.url", "jdbc:mysql://127.0.0.1:3306/civicportal_cluster_test"), property("db.user", "root"),
                property("db.password", ""), property("admin.email", "admin@cluster-test.example.org"),
                property("admin.password", "cluster test administrator"),
                property("member.password", "benchmark member password"), Integer.parseInt(property("smtp.port", "3047")),
                Path.of(property("report.file", "target/cluster-test-report.txt")));
    }

    /** The node's address: 1 or 2. */
    URI node(int number) {
        return switch (number) {
            case 1 -> node1;
            case 2 -> node2;
            default -> throw new IllegalArgumentException("The test runs two nodes: " + number);
        };
    }

    /** The file that holds node N's process id while it runs. */
    Path pidFile(int node) {
        return clusterDir.resolve("node-" + node + ".pid");
    }

    private static URI url(String name, String fallback) {
        String value = property(name, fallback);
        return URI.create(value.endsWith("/") ? value : value + "/");
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
