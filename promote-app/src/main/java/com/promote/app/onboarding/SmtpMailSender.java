package com.promote.app.onboarding;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends over SMTP with Jakarta Mail: a text part and an HTML part, as alternatives. */
final class SmtpMailSender implements MailSender {
    private final Session session;
    private final InternetAddress from;

    SmtpMailSender(String host, int port, String from) throws MessagingException {
        this(host, port, from, "", "", false);
    }

    /** With a username, the server is asked to authenticate; STARTTLS, when on, is required. */
    SmtpMailSender(String host, int port, String from, String username, String password, boolean startTls)
            throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        // Bounded waits: a hanging server must not hold the dispatcher past its claim lease.
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.writetimeout", "30000");
        if (startTls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        boolean auth = username != null && !username.isBlank();
        if (auth) {
            props.put("mail.smtp.auth", "true");
            this.session = Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username, password);
                }
            });
        } else {
            this.session = Session.getInstance(props);
        }
        this.from = new InternetAddress(from, true);
    }

    @Override
    public void send(OnboardingMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        // "alternative": the plainest part first, mail clients show the last one they can.
        mime.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(mime);
    }
}
