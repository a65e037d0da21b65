package com.promote.app.activity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * The address of the client whose request this thread serves, for activity entries written deep
 * inside services that know nothing of HTTP. {@code getRemoteAddr()} is the proxy's address
 * unless {@code PROMOTE_TRUST_PROXY_HEADERS} is on: then Jetty's forwarded-headers customizer
 * has already replaced it with the client's, from {@code X-Forwarded-For} or {@code Forwarded}.
 */
public final class RequestAddress implements Filter {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The current request's client address; null outside a request (runner, retention). */
    public static String current() {
        return CURRENT.get();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CURRENT.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.remove();
        }
    }
}
