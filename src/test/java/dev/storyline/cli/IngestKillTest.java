package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.store.PostgresTestServer;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real ingest with SIGKILL at random moments: a child JVM runs {@code storyline ingest} over the
 * first {@value #CORPUS_ARTICLES} records of the bundled demo corpus (two write batches and then the
 * pages), on SQLite and on PostgreSQL, and is killed somewhere between its start and its end. After each
 * kill the store must be intact (SQLite's {@code integrity_check}); after the next run over the same input
 * (in this JVM, whose pipeline is loaded once) no article may be lost or doubled, no page may be left due,
 * and every stored article must be counted on its story's page, whose sources are all articles of that
 * story.
 *
 * <p>CI runs {@value #CI_KILLS} kills per store; {@code -Dstoryline.kills=20} runs more (the figures of
 * docs/BENCHMARKS.md), {@code -Dstoryline.killSeed=N} repeats a run's kill moments.
 */
class IngestKillTest {

    static final int CORPUS_ARTICLES = 48;
    static final int CI_KILLS = 3;
    private static final long POLL_MS = 25;

    private static final int KILLS = Integer.getInteger("storyline.kills", CI_KILLS);
    private static final long SEED = Long.getLong("storyline.killSeed", System.nanoTime());

    private static PostgresTestServer server;
    private static Path corpus;
    private static Storyline storyline;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        server = PostgresTestServer.start();
        storyline = Storyline.standard(IngestOptions.defaults());
        corpus = dir.resolve("corpus.jsonl");
        try (InputStream in = IngestKillTest.class.getResourceAsStream(DemoCommand.CORPUS)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .limit(CORPUS_ARTICLES).toList();
            Files.write(corpus, lines);
        }
    }

    @AfterAll
    static void tearDown() {
        server.close();
    }

    @Test
    void killedIngestsOnSqliteLoseNothingAndLeaveNoStoryWithoutItsPage() throws Exception {
        int[] runs = {0};
        killAndRestart("sqlite", () -> new Target(List.of("--data", dir.resolve("sqlite-" + runs[0]++).toString())));
    }

    @Test
    void killedIngestsOnPostgresqlLoseNothingAndLeaveNoStoryWithoutItsPage() throws Exception {
        killAndRestart("postgresql", () -> new Target(List.of("--database", server.newDatabaseUrl())));
    }

    /** Where one trial's ingest writes: the command-line options that name its store. */
    private record Target(List<String> options) {

        StoryStore open() {
            return options.get(0).equals("--data") ? StoryStore.open(Path.of(options.get(1)))
                    : StoryStore.connect(options.get(1), null, null);
        }

        Connection connect() throws SQLException {
            return options.get(0).equals("--data")
                    ? DriverManager.getConnection("jdbc:sqlite:" + Path.of(options.get(1), StoryStore.FILE_NAME))
                    : DriverManager.getConnection(options.get(1));
        }

        boolean sqlite() {
            return options.get(0).equals("--data");
        }
    }

    /** What one trial found. */
    private record Outcome(long killedAfterMs, String killedDuring, int lost, int doubled, int withoutPage,
                           int leftDue, boolean intact) {
    }

    private void killAndRestart(String backend, Supplier<Target> targets) throws Exception {
        Target reference = targets.get();
        long t = System.nanoTime();
        assertThat(ingest(reference).waitFor()).as("exit code of the complete run").isZero();
        long fullMs = (System.nanoTime() - t) / 1_000_000;
        Set<String> expected = articleIds(reference);
        assertThat(expected).as("articles of the complete run").hasSizeGreaterThan(CORPUS_ARTICLES / 2);
        Outcome complete = check(reference, expected, 0, "complete run", true);
        assertThat(complete.lost() + complete.doubled() + complete.withoutPage() + complete.leftDue()).isZero();

        Random random = new Random(SEED);
        List<Outcome> outcomes = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            Target target = targets.get();
            long started = System.nanoTime();
            Process run = ingest(target);
            long delay = killMoment(k % 3, target, expected.size(), fullMs, random);
            boolean finished = run.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                run.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                run.waitFor();
            }
            delay = (System.nanoTime() - started) / 1_000_000;
            String during = finished ? "after the end" : position(target, expected.size());
            boolean intact = !target.sqlite() || integrityCheck(target);
            try (StoryStore store = target.open()) {
                assertThat(storyline.ingest(List.of(corpus.toString()), store, p -> { }).documents())
                        .as("documents read by the run after kill %d", k).isEqualTo(CORPUS_ARTICLES);
            }
            outcomes.add(check(target, expected, delay, during, intact));
        }
        report(backend, fullMs, outcomes);
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.intact()).as("store intact").isTrue();
            assertThat(o.lost()).as("articles lost").isZero();
            assertThat(o.doubled()).as("articles doubled").isZero();
            assertThat(o.withoutPage()).as("articles without their page").isZero();
            assertThat(o.leftDue()).as("pages left due").isZero();
        });
    }

    /**
     * How long to let the run go on before killing it, by turns: anywhere from JVM start to the end of a
     * complete run; shortly after its first batch committed; or once every article is stored, while the
     * pages are written. The last two wait for the store to show that moment first.
     */
    private static long killMoment(int turn, Target target, int articles, long fullMs, Random random)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * fullMs);
        switch (turn) {
            case 0 -> {
                return (long) (fullMs * (0.1 + random.nextDouble()));
            }
            case 1 -> {
                while (storedArticles(target) == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(POLL_MS);
                }
                return (long) (fullMs * 0.2 * random.nextDouble());
            }
            default -> {
                while (storedArticles(target) < articles && System.nanoTime() < deadline) {
                    Thread.sleep(POLL_MS);
                }
                return (long) (fullMs * 0.15 * random.nextDouble());
            }
        }
    }

    /** Articles the store holds now; 0 before the schema is there. */
    private static int storedArticles(Target target) {
        if (target.sqlite() && !Files.exists(Path.of(target.options().get(1), StoryStore.FILE_NAME))) {
            return 0; // not created by this probe: the ingest creates it
        }
        try (Connection c = target.connect(); Statement st = c.createStatement()) {
            return count(st, "SELECT COUNT(*) FROM article");
        } catch (SQLException e) {
            return 0;
        }
    }

    private static Process ingest(Target target) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest"));
        command.addAll(target.options());
        command.add(corpus.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Where the kill landed, read from the store it left: before the schema, in the batches, in the pages. */
    private static String position(Target target, int expected) {
        try (Connection c = target.connect(); Statement st = c.createStatement()) {
            int articles = count(st, "SELECT COUNT(*) FROM article");
            int due = count(st, "SELECT COUNT(*) FROM due_page");
            return articles < expected ? "in the batches" : due > 0 ? "in the pages" : "after the last page";
        } catch (SQLException e) {
            return "before the schema"; // killed before the migrations ran
        }
    }

    private static boolean integrityCheck(Target target) throws SQLException {
        try (Connection c = target.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() && rs.getString(1).equals("ok") && !rs.next();
        }
    }

    private static Outcome check(Target target, Set<String> expected, long delay, String during, boolean intact)
            throws SQLException {
        Set<String> stored = articleIds(target);
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(stored);
        int doubled;
        int leftDue;
        try (Connection c = target.connect(); Statement st = c.createStatement()) {
            doubled = count(st, "SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM article")
                    + Math.max(0, stored.size() - expected.size());
            leftDue = count(st, "SELECT COUNT(*) FROM due_page");
        }
        int withoutPage = 0;
        Map<String, Integer> pagesCiting = new HashMap<>();
        try (StoryStore store = target.open()) {
            Map<String, List<AnalyzedArticle>> byStory = new HashMap<>();
            store.forEachArticle((a, story) -> byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(a));
            for (var e : byStory.entrySet()) {
                Set<String> urls = new HashSet<>();
                e.getValue().forEach(a -> urls.add(a.article().url()));
                StoryPage page = store.story(e.getKey()).orElse(null);
                boolean whole = page != null && page.articleCount() == e.getValue().size()
                        && page.sources().stream().allMatch(s -> urls.contains(s.url()));
                if (!whole) {
                    withoutPage += e.getValue().size();
                }
            }
            for (StoryPage page : store.stories()) {
                page.sources().forEach(s -> pagesCiting.merge(s.url(), 1, Integer::sum));
            }
        }
        doubled += (int) pagesCiting.values().stream().filter(n -> n > 1).count();
        return new Outcome(delay, during, lost.size(), doubled, withoutPage, leftDue, intact);
    }

    private static Set<String> articleIds(Target target) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = target.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM article")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void report(String backend, long fullMs, List<Outcome> outcomes) {
        Map<String, Integer> during = new HashMap<>();
        outcomes.forEach(o -> during.merge(o.killedDuring(), 1, Integer::sum));
        System.out.printf("kill test %s: seed %d, complete run %d ms, %d kills (%s): lost %d, doubled %d, "
                        + "without page %d, left due %d, damaged stores %d%n",
                backend, SEED, fullMs, outcomes.size(), during,
                outcomes.stream().mapToInt(Outcome::lost).sum(), outcomes.stream().mapToInt(Outcome::doubled).sum(),
                outcomes.stream().mapToInt(Outcome::withoutPage).sum(), outcomes.stream().mapToInt(Outcome::leftDue).sum(),
                outcomes.stream().filter(o -> !o.intact()).count());
        outcomes.forEach(o -> System.out.printf("  killed after %d ms (%s): lost %d, doubled %d, without page %d%n",
                o.killedAfterMs(), o.killedDuring(), o.lost(), o.doubled(), o.withoutPage()));
    }
}
