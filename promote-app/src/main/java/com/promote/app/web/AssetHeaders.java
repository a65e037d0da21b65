package com.promote.app.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The stylesheet and scripts are served by Dropwizard's assets servlet, outside Jersey, so
 * {@link SecurityHeaders} never sees them: they get the same headers here (no sniffing turns a
 * script into a page).
 */
public final class AssetHeaders implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "same-origin");
        http.setHeader("Content-Security-Policy", SecurityHeaders.POLICY);
        chain.doFilter(request, response);
    }
}
