package com.promote.app.onboarding;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** What a test reads from a received message, and a small wait-until. */
record ReceivedMail(String to, String subject, String contentType, String text, String html) {
    static ReceivedMail of(MimeMessage message) {
        try {
            MimeMultipart multipart = (MimeMultipart) message.getContent();
            String text = null;
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
            return new ReceivedMail(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    message.getSubject(), message.getContentType(), text, html);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
