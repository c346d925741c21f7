package org.civicportal.shared.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two members of a real Hazelcast cluster in this JVM, standing in for two nodes of the portal. */
class ClusterSignalsTest {

    private static HazelcastInstance first;
    private static HazelcastInstance second;

    @BeforeAll
    static void formACluster() {
        first = Hazelcast.newHazelcastInstance(memberConfig());
        second = Hazelcast.newHazelcastInstance(memberConfig());
    }

    @AfterAll
    static void stop() {
        second.shutdown();
        first.shutdown();
    }

    @Test
    void aSignalRunsTheOtherNodesHandlerAndNotTheSendersOwn() throws Exception {
        ClusterSignals sender = new ClusterSignals();
        ClusterSignals receiver = new ClusterSignals();
        sender.join(first);
        receiver.join(second);
        AtomicInteger sendersOwn = new AtomicInteger();
        CountDownLatch received = new CountDownLatch(1);
        sender.onSignal("pages-changed", sendersOwn::incrementAndGet);
        receiver.onSignal("pages-changed", received::countDown);

        sender.send("pages-changed");

        assertTrue(received.await(10, TimeUnit.SECONDS), "the other node heard it");
        Thread.sleep(300);
        assertEquals(0, sendersOwn.get(), "the sender has already done what the signal says");
        assertTrue(sender.isClustered() && receiver.isClustered());
        sender.leave();
        receiver.leave();
    }

    @Test
    void withoutAGridSendingIsANoOp() {
        ClusterSignals alone = new ClusterSignals();
        alone.onSignal("pages-changed", () -> {
            throw new AssertionError("nobody to hear it");
        });
        alone.send("pages-changed");
        assertFalse(alone.isClustered());
    }

    private static Config memberConfig() {
        Config config = new Config();
        config.setClusterName("signals-test-" + ProcessHandle.current().pid());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getNetworkConfig().setPort(5911).setPortAutoIncrement(true);
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:5911").addMember("127.0.0.1:5912");
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        return config;
    }
}
