package org.civicportal.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps {@link ActiveSessions} free of sessions that ended. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    @Inject
    ActiveSessions activeSessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        activeSessions.forget(event.getSession());
    }
}
