package com.promote.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** Everything config.yml holds, typed and validated. */
public class PromoteConfiguration extends Configuration {
    @Valid
    @NotNull
    @JsonProperty("database")
    private DataSourceFactory database = new DataSourceFactory();

    @JsonProperty
    private String adminUser = "";

    @JsonProperty
    private String adminPassword = "";

    @JsonProperty
    @NotNull
    private String pluginsDir = "plugins";

    @JsonProperty
    @Min(1)
    @Max(2048)
    private int maxUploadMb = 50;

    /** Uploaded files are deleted this many days after their promotion finished. */
    @JsonProperty
    @Min(1)
    @Max(3650)
    private int fileRetentionDays = 30;

    /** Empty for the real clock; an ISO date pins "today" for demos and tests. */
    @JsonProperty
    private String clockFixedDate = "";

    @Valid
    @NotNull
    @JsonProperty
    private SmtpConfiguration smtp = new SmtpConfiguration();

    /** The data source, its driver chosen from the URL when config.yml leaves it empty. */
    public DataSourceFactory getDatabase() {
        if (database.getDriverClass() == null || database.getDriverClass().isBlank()) {
            boolean mysql = database.getUrl() != null && database.getUrl().startsWith("jdbc:mysql:");
            database.setDriverClass(mysql ? "com.mysql.cj.jdbc.Driver" : "org.h2.Driver");
            if (mysql) {
                // One round trip for a whole batch of inserts.
                database.getProperties().putIfAbsent("rewriteBatchedStatements", "true");
                database.getProperties().putIfAbsent("characterEncoding", "UTF-8");
            }
        }
        return database;
    }

    public Optional<String> getAdminUser() {
        return Optional.ofNullable(adminUser).filter(s -> !s.isBlank());
    }

    public Optional<String> getAdminPassword() {
        return Optional.ofNullable(adminPassword).filter(s -> !s.isBlank());
    }

    public Path getPluginsDir() {
        return Path.of(pluginsDir);
    }

    public long getMaxUploadBytes() {
        return maxUploadMb * 1024L * 1024L;
    }

    public int getMaxUploadMb() {
        return maxUploadMb;
    }

    public Optional<LocalDate> getClockFixedDate() {
        return clockFixedDate == null || clockFixedDate.isBlank()
                ? Optional.empty() : Optional.of(LocalDate.parse(clockFixedDate.trim()));
    }

    public java.time.Duration getFileRetention() {
        return java.time.Duration.ofDays(fileRetentionDays);
    }

    public SmtpConfiguration getSmtp() {
        return smtp;
    }

    public void setPluginsDir(String pluginsDir) {
        this.pluginsDir = pluginsDir;
    }
}
