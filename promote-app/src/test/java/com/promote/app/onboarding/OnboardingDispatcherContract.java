package com.promote.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import com.promote.testing.TestDatabase;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The dispatcher against a real database and a real SMTP server; run on H2 and on MariaDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnboardingDispatcherContract {
    private static final OnboardingDispatcher.Settings FAST =
            new OnboardingDispatcher.Settings(Duration.ofMillis(100), 10, Duration.ofMinutes(10));

    private OutboxDatabase db;
    private SmtpServer smtp;
    private final List<OnboardingDispatcher> started = new ArrayList<>();
    private long community;
    private long team;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void openDatabase() {
        db = OutboxDatabase.create(kind());
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void setUp() {
        db.clear();
        smtp = new SmtpServer();
        community = db.community("Hive & Co");
        team = db.team(community, "Acme");
    }

    @AfterEach
    void tearDown() throws Exception {
        for (OnboardingDispatcher d : started) {
            d.stop();
        }
        smtp.close();
    }

    private OnboardingDispatcher dispatcher() {
        return dispatcher(FAST);
    }

    private OnboardingDispatcher dispatcher(OnboardingDispatcher.Settings settings) {
        try {
            return new OnboardingDispatcher(db.jdbi(),
                    new SmtpMailSender("127.0.0.1", smtp.port(), "welcome@hive.test"), new EmailRenderer(), settings);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private OnboardingDispatcher running(OnboardingDispatcher d) {
        started.add(d);
        d.start();
        return d;
    }

    private long queuedMember(String first, String email) {
        long m = db.member(community, team, first, "Doe", email, null);
        assertThat(db.enqueue(community, m)).isEqualTo(1);
        return m;
    }

    @Test
    void sendsOneEmailPerQueuedMemberWithBothParts() {
        smtp.start();
        long ann = queuedMember("Ann", "ann@example.com");
        long bob = queuedMember("Bob", "bob@example.com");
        db.makeTeamAdmin(team, bob);
        long notAsked = db.member(community, team, "Cy", "Doe", "cy@example.com", null);

        assertThat(dispatcher().dispatchOnce()).isEqualTo(2);

        List<ReceivedMail> mails = smtp.received().stream().map(ReceivedMail::of).toList();
        assertThat(mails).extracting(ReceivedMail::to)
                .containsExactlyInAnyOrder("ann@example.com", "bob@example.com");
        ReceivedMail toAnn = mails.stream().filter(m -> m.to().equals("ann@example.com")).findFirst().orElseThrow();
        assertThat(toAnn.subject()).isEqualTo("Welcome to Hive & Co, Ann");
        assertThat(toAnn.contentType()).startsWith("multipart/alternative");
        assertThat(toAnn.text()).contains("Hello Ann,", "Welcome to Hive & Co!", "\"Acme\"", "What to do next")
                .doesNotContain("team's admin");
        assertThat(toAnn.html()).contains("<strong>Hive &amp; Co</strong>", "<strong>Acme</strong>", "What to do next");
        ReceivedMail toBob = mails.stream().filter(m -> m.to().equals("bob@example.com")).findFirst().orElseThrow();
        assertThat(toBob.text()).contains("You are your team's admin");

        assertThat(db.outbox(ann)).containsEntry("status", "sent").containsEntry("attempts", 1);
        assertThat(db.outbox(ann).get("sent_at")).isNotNull();
        assertThat(db.outbox(bob)).containsEntry("status", "sent");
        assertThat(db.outbox(notAsked)).isEmpty();
    }

    @Test
    void sendsNothingWhenNothingIsQueued() throws Exception {
        smtp.start();
        db.member(community, team, "Ann", "Doe", "ann@example.com", null);
        assertThat(dispatcher().dispatchOnce()).isZero();
        running(dispatcher());
        Thread.sleep(400);
        assertThat(smtp.received()).isEmpty();
    }

    @Test
    void neverSendsTwiceAcrossRunsAndRestarts() throws Exception {
        smtp.start();
        List<Long> members = List.of(queuedMember("Ann", "ann@example.com"), queuedMember("Bob", "bob@example.com"),
                queuedMember("Cy", "cy@example.com"));
        OnboardingDispatcher first = dispatcher();
        first.dispatchOnce();
        first.dispatchOnce();
        first.dispatchOnce();
        assertThat(smtp.received()).hasSize(3);

        // A restart: a new dispatcher (as after a deploy) finds nothing left to send.
        OnboardingDispatcher second = running(dispatcher());
        Thread.sleep(400);
        second.stop();
        running(dispatcher());
        Thread.sleep(400);

        assertThat(smtp.received()).hasSize(3);
        members.forEach(m -> assertThat(db.outbox(m)).containsEntry("status", "sent").containsEntry("attempts", 1));
        assertThat(db.enqueue(community, members.get(0))).isZero();
    }

    @Test
    void aServerThatIsDownDelaysEmailsAndNeverLosesThem() throws Exception {
        // Nothing listens on the port yet: every attempt is refused.
        long ann = queuedMember("Ann", "ann@example.com");
        long bob = queuedMember("Bob", "bob@example.com");
        OnboardingDispatcher dispatcher = dispatcher();
        assertThat(dispatcher.dispatchOnce()).isZero();

        for (long m : List.of(ann, bob)) {
            assertThat(db.outbox(m)).containsEntry("status", "waiting").containsEntry("attempts", 1);
            assertThat((String) db.outbox(m).get("last_error")).isNotBlank();
            assertThat(db.outbox(m).get("later")).isEqualTo(true); // backing off
        }
        // Backing off: not due again at once, so no attempt is burnt.
        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(db.outbox(ann)).containsEntry("attempts", 1);

        smtp.start();
        running(dispatcher());
        // The server has a message a moment before the dispatcher marks it sent.
        ReceivedMail.await(Duration.ofSeconds(15), () -> "sent".equals(db.outbox(ann).get("status"))
                && "sent".equals(db.outbox(bob).get("status")));
        assertThat(smtp.received()).hasSize(2);
        assertThat(db.outbox(bob).get("last_error")).isNull();
    }

    @Test
    void aServerThatStopsKeepsLaterEmailsWaitingUntilItIsBack() throws Exception {
        smtp.start();
        long ann = queuedMember("Ann", "ann@example.com");
        running(dispatcher());
        // Stop only once Ann's send has finished: a server cut off between accepting the message
        // and ending the session makes that one email go again (SMTP is at-least-once).
        ReceivedMail.await(Duration.ofSeconds(10), () -> "sent".equals(db.outbox(ann).get("status")));

        smtp.stop();
        long bob = queuedMember("Bob", "bob@example.com");
        ReceivedMail.await(Duration.ofSeconds(10), () -> ((Number) db.outbox(bob).get("attempts")).intValue() > 0);
        assertThat(db.outbox(bob)).containsEntry("status", "waiting");

        smtp.start();
        ReceivedMail.await(Duration.ofSeconds(15), () -> "sent".equals(db.outbox(bob).get("status")));
        assertThat(smtp.received().stream().map(ReceivedMail::of).map(ReceivedMail::to))
                .containsExactlyInAnyOrder("ann@example.com", "bob@example.com");
    }

    @Test
    void aClaimLeftByACrashedInstanceIsSentOnceItsLeaseRunsOut() throws Exception {
        smtp.start();
        long ann = queuedMember("Ann", "ann@example.com");
        // Another instance claims Ann's email with a 2 s lease, then dies before sending.
        db.jdbi().useTransaction(h -> {
            DispatchDao dao = h.attach(DispatchDao.class);
            assertThat(dao.lease(dao.lockDue(10), 2)).isEqualTo(1);
        });
        OnboardingDispatcher survivor = dispatcher();
        assertThat(survivor.dispatchOnce()).isZero();
        assertThat(smtp.received()).isEmpty();

        Thread.sleep(2100);
        assertThat(survivor.dispatchOnce()).isEqualTo(1);
        assertThat(survivor.dispatchOnce()).isZero();
        assertThat(smtp.received()).hasSize(1);
        assertThat(db.outbox(ann)).containsEntry("status", "sent");
    }

    @Test
    void twoInstancesNeverSendTheSameEmail() throws Exception {
        smtp.start();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            emails.add("m" + i + "@example.com");
            queuedMember("M" + i, emails.get(i));
        }
        OnboardingDispatcher.Settings small = new OnboardingDispatcher.Settings(Duration.ofMillis(100), 3,
                Duration.ofMinutes(10));
        OnboardingDispatcher a = dispatcher(small);
        OnboardingDispatcher b = dispatcher(small);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(() -> drain(a), () -> drain(b)));
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            assertThat(sent).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        assertThat(smtp.received().stream().map(ReceivedMail::of).map(ReceivedMail::to))
                .containsExactlyInAnyOrderElementsOf(emails);
    }

    private static int drain(OnboardingDispatcher d) {
        int total = 0;
        for (int n = d.dispatchOnce(); n > 0; n = d.dispatchOnce()) {
            total += n;
        }
        return total;
    }

    @Test
    void aCommunityTemplateIsUsedAndValuesAreEscapedInHtmlOnly() {
        smtp.start();
        db.jdbi().useExtension(TemplateDao.class, dao -> dao.insert(community, new OnboardingTemplate(
                "Hi {{firstName}} from {{communityName}}", "Text: {{fullName}} / {{teamName}}",
                "<p>Html: {{fullName}} / {{teamName}}</p>")));
        long tricky = db.team(community, "R&D <Lab>");
        long m = db.member(community, tricky, "<b>Zoë</b>", "\"O'Neil\"", "zoe@example.com", null);
        db.enqueue(community, m);

        dispatcher().dispatchOnce();

        ReceivedMail mail = ReceivedMail.of(smtp.received().get(0));
        assertThat(mail.subject()).isEqualTo("Hi <b>Zoë</b> from Hive & Co");
        assertThat(mail.text()).isEqualTo("Text: <b>Zoë</b> \"O'Neil\" / R&D <Lab>");
        assertThat(mail.html()).doesNotContain("<b>").contains("&lt;b&gt;Zoë&lt;/b&gt;", "R&amp;D &lt;Lab&gt;");
    }

    @Test
    void healthReportsWaitingEmailsAndADeadDispatcher() throws Exception {
        queuedMember("Ann", "ann@example.com");
        OnboardingDispatcher idle = dispatcher();
        HealthCheck.Result result = new MailHealthCheck(db.jdbi(), idle, "127.0.0.1:" + smtp.port()).execute();
        assertThat(result.isHealthy()).isTrue();
        assertThat(result.getMessage()).contains("SMTP configured", "dispatcher not running", "1 waiting", "oldest waiting");
        assertThat(new MailHealthCheck(db.jdbi(), idle, "").execute().getMessage())
                .contains("SMTP not configured (emails wait)");

        OnboardingDispatcher dying = new OnboardingDispatcher(db.jdbi(), message -> {
            throw new OutOfMemoryError("simulated");
        }, new EmailRenderer(), FAST);
        running(dying);
        ReceivedMail.await(Duration.ofSeconds(10), () -> !dying.isRunning());
        HealthCheck.Result dead = new MailHealthCheck(db.jdbi(), dying, "").execute();
        assertThat(dead.isHealthy()).isFalse();
        assertThat(dead.getMessage()).contains("died", "simulated");
    }
}
