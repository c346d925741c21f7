package org.civicportal.shared.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Short signals from one node of the portal to all the others ("the kept pages are out of date"),
 * over a topic of the Hazelcast data grid Payara Micro runs on a cluster. A node alone (run.sh, whose
 * grid has no other member) has nobody to hear it; without a grid at all, sending does nothing.
 *
 * <p>Signals carry a name and nothing else, so nothing of ours has to be deserialised by the grid;
 * a node does not act on its own signals (it has already done what they say).
 */
@ApplicationScoped
public class ClusterSignals {

    private static final Logger LOG = Logger.getLogger(ClusterSignals.class.getName());

    /** Where Payara binds the data grid it runs. */
    static final String GRID_JNDI_NAME = "payara/Hazelcast";

    private static final String TOPIC = "civicportal.signals";

    private final Map<String, Runnable> handlers = new ConcurrentHashMap<>();
    private ITopic<String> topic;
    private UUID listener;

    @PostConstruct
    void join() {
        HazelcastInstance grid = grid();
        if (grid == null) {
            LOG.info("No data grid: this node signals nothing to others");
            return;
        }
        join(grid);
    }

    /** Listens on the grid's topic for the other nodes' signals. */
    void join(HazelcastInstance grid) {
        topic = grid.getTopic(TOPIC);
        listener = topic.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                Runnable handler = handlers.get(message.getMessageObject());
                if (handler != null) {
                    handler.run();
                }
            }
        });
        LOG.info(() -> "Signals go to the " + grid.getCluster().getMembers().size() + " node(s) of the data grid");
    }

    @PreDestroy
    void leave() {
        if (topic != null && listener != null) {
            try {
                topic.removeMessageListener(listener);
            } catch (RuntimeException gridGone) {
                // the grid stops with the server: nothing left to leave
            }
        }
    }

    /** What this node does when another node sends the signal. */
    public void onSignal(String signal, Runnable handler) {
        handlers.put(signal, handler);
    }

    /** Tells the other nodes, without waiting for them. */
    public void send(String signal) {
        if (topic == null) {
            return;
        }
        try {
            topic.publish(signal);
        } catch (RuntimeException gridTrouble) {
            // a node leaving or the grid shutting down: the others' kept pages expire on their own
            LOG.log(Level.WARNING, "Could not send the signal {0}: {1}", new Object[] {signal, gridTrouble.toString()});
        }
    }

    /** True when this node is part of a data grid with other nodes to tell. */
    public boolean isClustered() {
        return topic != null;
    }

    private static HazelcastInstance grid() {
        try {
            Object found = new InitialContext().lookup(GRID_JNDI_NAME);
            if (found instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
                return instance;
            }
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            // started with --nohazelcast, or the grid's classes are not visible: one node alone
        }
        return null;
    }
}
