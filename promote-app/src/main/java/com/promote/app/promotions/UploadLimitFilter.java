package com.promote.app.promotions;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses an over-limit upload as soon as the limit is crossed, before the multipart reader
 * has buffered it: at once when Content-Length says so, else when the counted bytes pass it.
 */
public final class UploadLimitFilter implements Filter {
    /** Room for the multipart framing and the small form fields around the file. */
    private static final long FRAMING = 64 * 1024;

    private final long maxBytes;
    private final int maxMb;

    public UploadLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes + FRAMING;
        this.maxMb = (int) (maxBytes / (1024 * 1024));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse((HttpServletResponse) res);
            return;
        }
        try {
            chain.doFilter(new Limited(request, maxBytes), res);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isTooLarge(e)) {
                throw e;
            }
            HttpServletResponse response = (HttpServletResponse) res;
            if (!response.isCommitted()) {
                response.reset();
                refuse(response);
            }
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType("application/json");
        response.setHeader("Connection", "close");
        response.getOutputStream().write(("{\"code\":413,\"message\":\"The file is larger than the upload limit of "
                + maxMb + " MB; split it into smaller files.\"}").getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    static final class TooLarge extends IOException {
        TooLarge() {
            super("upload over the size limit");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream in = super.getInputStream();
                counted = new ServletInputStream() {
                    private long seen;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        seen += n;
                        if (seen > max) {
                            throw new TooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counted;
        }
    }
}
