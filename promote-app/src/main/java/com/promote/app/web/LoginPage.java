package com.promote.app.web;

/** The sign-in form; {@code formToken} pairs it with the browser's pre-login cookie. */
public final class LoginPage extends Page {
    private final String formToken;
    private final String username;
    private final String error;
    private final String notice;

    public LoginPage(String formToken, String username, String error, String notice) {
        super("login.mustache", "Sign in", null);
        this.formToken = formToken;
        this.username = username == null ? "" : username;
        this.error = error;
        this.notice = notice;
    }

    public String formToken() {
        return formToken;
    }

    public String enteredUsername() {
        return username;
    }

    public String error() {
        return error;
    }

    public String notice() {
        return notice;
    }
}
