package org.civicportal.testing;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Sends every test request to 127.0.0.1. Payara Micro reports the address of the machine's first
 * network interface as its host, but the tests must only ever talk to the loopback interface,
 * where the server listens as well.
 */
public class LoopbackExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(ToLoopback.class);
    }

    /** Rewrites the deployment's HTTP contexts once the container has reported them. */
    public static class ToLoopback {

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetadata;

        public void onDeployed(@Observes AfterDeploy deployed) {
            ProtocolMetaData reported = protocolMetadata.get();
            if (reported == null) {
                return;
            }
            ProtocolMetaData local = new ProtocolMetaData();
            for (HTTPContext context : reported.getContexts(HTTPContext.class)) {
                HTTPContext loopback = new HTTPContext("127.0.0.1", context.getPort());
                for (Servlet servlet : context.getServlets()) {
                    loopback.add(servlet);
                }
                local.addContext(loopback);
            }
            protocolMetadata.set(local);
        }
    }
}
