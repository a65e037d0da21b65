package com.promote.app.onboarding;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * A GreenMail SMTP server on a port of its own that can be stopped and started again on the
 * same port, keeping every message any of its runs received.
 */
final class SmtpServer implements AutoCloseable {
    static {
        // GreenMail logs every SMTP line at DEBUG; the test output is for our own messages.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
                .setLevel(ch.qos.logback.classic.Level.INFO);
    }

    private final int port = freePort();
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail current;

    int port() {
        return port;
    }

    SmtpServer start() {
        current = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        current.start();
        return this;
    }

    void stop() {
        if (current != null) {
            earlier.addAll(List.of(current.getReceivedMessages()));
            current.stop();
            current = null;
        }
    }

    List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (current != null) {
            all.addAll(List.of(current.getReceivedMessages()));
        }
        return all;
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
