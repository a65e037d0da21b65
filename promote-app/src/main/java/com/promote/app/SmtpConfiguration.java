package com.promote.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Where onboarding emails go; no host means they wait in the outbox. */
public class SmtpConfiguration {
    @JsonProperty
    private String host = "";

    @JsonProperty
    @Min(1)
    @Max(65535)
    private int port = 25;

    @JsonProperty
    private String from = "promote@localhost";

    @JsonProperty
    private String username = "";

    @JsonProperty
    private String password = "";

    @JsonProperty
    private boolean startTls;

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public boolean isStartTls() {
        return startTls;
    }

    public String getHost() {
        return host;
    }

    public boolean isConfigured() {
        return host != null && !host.isBlank();
    }

    public int getPort() {
        return port;
    }

    public String getFrom() {
        return from;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public void setPort(int port) {
        this.port = port;
    }
}
