package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.arc.ArcLinker;
import dev.storyline.arc.ArcTimeline;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.story.StoryJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Timeline summarisation on Timeline17 in the standard setting of news-tls: for each gold timeline, the
 * topic's articles published inside its window go through the product's own pipeline as a dated stream
 * (analysis, story assignment, storyline linking), the storyline holding most of the topic's keywords is
 * chosen, and its timeline is written with the gold timeline's number of dates T and sentences per date k,
 * from sentences that hold a topic keyword. Scored here by Date-F1, AR-1 and AR-2 ({@link TimelineRouge},
 * the measures of {@code ../shared/tools/tls_score.py}; mean precision and mean recall over the timelines,
 * F1 of the means). Beside it, in the same run: the same timeline over every article of the window
 * (no storyline chosen), and the date-frequency baseline (the T days most articles refer to).
 */
public final class TimelineSummaryRun {

    /** One gold timeline: its file name and its dated entries. */
    public record GoldTimeline(String topic, String file, Map<LocalDate, List<String>> entries) {
        public LocalDate first() {
            return entries.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        }

        public LocalDate last() {
            return entries.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        }

        /** Sentences per date as news-tls takes it: Python's round of the mean (2.5 -> 2). */
        public int k() {
            double mean = entries.values().stream().mapToInt(List::size).average().orElse(1);
            return (int) Math.max(1, Math.rint(mean));
        }
    }

    /** Date precision and recall of one system timeline against its gold timeline. */
    public record DateScore(double precision, double recall) {
        public static DateScore of(Set<LocalDate> predicted, Set<LocalDate> gold) {
            Set<LocalDate> hit = new HashSet<>(predicted);
            hit.retainAll(gold);
            return new DateScore(predicted.isEmpty() ? 0 : (double) hit.size() / predicted.size(),
                    gold.isEmpty() ? 0 : (double) hit.size() / gold.size());
        }
    }

    /**
     * The measures of one system timeline against its gold one: Date, AR-1, AR-2 and concatenation
     * ROUGE-1, each precision and recall ({@code ar1} and the others absent when no ROUGE data was given).
     */
    public record Measures(TimelineRouge.Score date, TimelineRouge.Score ar1, TimelineRouge.Score ar2,
                           TimelineRouge.Score concatR1) {

        /** The measures of {@code days} against {@code gold}; {@code rouge} null for Date-F1 only. */
        public static Measures of(List<ArcTimeline.Day> days, GoldTimeline gold, TimelineRouge rouge) {
            DateScore d = DateScore.of(dates(days), new HashSet<>(gold.entries().keySet()));
            TimelineRouge.Score date = new TimelineRouge.Score(d.precision(), d.recall());
            if (rouge == null) {
                return new Measures(date, null, null, null);
            }
            Map<LocalDate, List<String>> predicted = new LinkedHashMap<>();
            days.forEach(day -> predicted.computeIfAbsent(day.date().firstDay(), k -> new ArrayList<>())
                    .addAll(day.sentences().stream().map(ArcTimeline.DaySentence::text).toList()));
            Map<LocalDate, List<String>> system = TimelineRouge.system(predicted);
            TimelineRouge.Alignment ar = rouge.align(system, gold.entries());
            return new Measures(date, ar.ar1(), ar.ar2(), rouge.concat(system, gold.entries()).ar1());
        }
    }

    /** Mean precision, mean recall and the F1 of those means of one measure, over all (system, gold) pairs. */
    public static double[] average(List<TimelineRouge.Score> scores) {
        double p = scores.stream().mapToDouble(TimelineRouge.Score::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(TimelineRouge.Score::recall).average().orElse(0);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    public static Map<String, List<GoldTimeline>> readGold(Path timelinesJson) throws IOException {
        JsonNode root = StoryJson.MAPPER.readTree(Files.readString(timelinesJson, StandardCharsets.UTF_8));
        Map<String, List<GoldTimeline>> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(topic -> {
            List<GoldTimeline> timelines = new ArrayList<>();
            for (JsonNode tl : topic.getValue()) {
                Map<LocalDate, List<String>> entries = new LinkedHashMap<>();
                for (JsonNode e : tl.path("entries")) {
                    List<String> sentences = new ArrayList<>();
                    e.path("sentences").forEach(s -> sentences.add(s.asText()));
                    entries.merge(LocalDate.parse(e.path("date").asText()), sentences, (a, b) -> {
                        List<String> all = new ArrayList<>(a);
                        all.addAll(b);
                        return all;
                    });
                }
                timelines.add(new GoldTimeline(topic.getKey(), tl.path("file").asText(), entries));
            }
            out.put(topic.getKey(), timelines);
        });
        return out;
    }

    public static Map<String, List<String>> readKeywords(Path keywordsJson) throws IOException {
        JsonNode root = StoryJson.MAPPER.readTree(Files.readString(keywordsJson, StandardCharsets.UTF_8));
        Map<String, List<String>> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            List<String> words = new ArrayList<>();
            e.getValue().forEach(w -> words.add(w.asText()));
            out.put(e.getKey(), words);
        });
        return out;
    }

    /** Accepts a sentence that holds one of the keywords as a word, in any case. */
    public static Predicate<String> holdsKeyword(List<String> keywords) {
        Pattern p = Pattern.compile("\\b(" + String.join("|", keywords.stream().map(Pattern::quote).toList()) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return s -> p.matcher(s).find();
    }

    /** The three timelines of one gold timeline: the chosen storyline's, every article's, date frequency. */
    public record Timelines(List<ArcTimeline.Day> storyline, List<ArcTimeline.Day> pooled, List<ArcTimeline.Day> baseline) {
    }

    /**
     * The window's articles as the stream made them: every article, the chosen storyline's articles, and
     * how many stories and storylines there were.
     */
    public record Streamed(List<AnalyzedArticle> window, List<AnalyzedArticle> chosen, int stories, int storylines) {
    }

    private final List<ArcLinker.Settings> linkSettings;

    /** A run that links the stream's stories by each of these settings in turn (one clustering for all). */
    public TimelineSummaryRun(List<ArcLinker.Settings> linkSettings) {
        this.linkSettings = List.copyOf(linkSettings);
    }

    /**
     * Streams the gold timeline's window through story assignment, then links its stories by each of the
     * run's link settings and chooses the storyline; one result per setting, in their order.
     */
    public List<Streamed> stream(List<AnalyzedArticle> topicArticles, GoldTimeline gold, List<String> keywords) {
        List<AnalyzedArticle> window = topicArticles.stream()
                .filter(a -> a.published() != null)
                .filter(a -> !day(a).isBefore(gold.first()) && !day(a).isAfter(gold.last()))
                .sorted(Comparator.comparing((AnalyzedArticle a) -> a.published().moment()).thenComparing(AnalyzedArticle::id))
                .toList();
        Map<String, String> storyOf = ClusterEvaluation.cluster(window, StoryClusterer.Settings.defaults(), 0);
        Predicate<String> keyword = holdsKeyword(keywords);
        List<Streamed> out = new ArrayList<>();
        // each article's profile once: a story's profile is theirs merged, as the story grows
        Map<String, ArcLinker.StoryProfile> articleProfiles = new LinkedHashMap<>();
        window.forEach(a -> articleProfiles.put(a.id(), ArcLinker.StoryProfile.ofArticle(a)));
        for (ArcLinker.Settings settings : linkSettings) {
            ArcLinker linker = new ArcLinker(settings);
            Map<String, List<AnalyzedArticle>> storyArticles = new LinkedHashMap<>();
            for (AnalyzedArticle a : window) {
                String story = storyOf.get(a.id());
                List<AnalyzedArticle> members = storyArticles.computeIfAbsent(story, k -> new ArrayList<>());
                members.add(a);
                linker.link(ArcLinker.StoryProfile.merged(story, members.stream().map(m -> articleProfiles.get(m.id())).toList()));
            }
            List<AnalyzedArticle> chosen = List.of();
            long bestHits = -1;
            for (List<String> stories : linker.arcs().values()) {
                List<AnalyzedArticle> arc = stories.stream().flatMap(s -> storyArticles.get(s).stream()).toList();
                long hits = arc.stream().filter(a -> a.sentences().stream().anyMatch(s -> keyword.test(s.text()))).count();
                if (hits > bestHits) {
                    bestHits = hits;
                    chosen = arc;
                }
            }
            out.add(new Streamed(window, chosen, storyArticles.size(), linker.arcs().size()));
        }
        return out;
    }

    /** The three timelines with the gold timeline's T and k, days scored and chosen by {@code settings}. */
    public static Timelines timelines(Streamed streamed, GoldTimeline gold, List<String> keywords, ArcTimeline.Settings settings) {
        Predicate<String> keyword = holdsKeyword(keywords);
        ArcTimeline.Settings sized = settings.with(gold.entries().size(), gold.k());
        ArcTimeline timeline = new ArcTimeline(sized);
        ArcTimeline frequency = new ArcTimeline(sized.withDayScoring(0, 0, 0).withPublisherWeight(0));
        return new Timelines(timeline.build(streamed.chosen(), gold.first(), gold.last(), keyword),
                timeline.build(streamed.window(), gold.first(), gold.last(), keyword),
                frequency.build(streamed.window(), gold.first(), gold.last(), keyword));
    }

    /** Writes the timelines of one topic in the gold format, one {@code <topic>.json} per topic. */
    public static void write(Path dir, String topic, Map<String, List<ArcTimeline.Day>> byFile) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Object>> timelines = new ArrayList<>();
        byFile.forEach((file, days) -> {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (ArcTimeline.Day d : days) {
                entries.add(Map.of("date", d.date().toString(),
                        "sentences", d.sentences().stream().map(ArcTimeline.DaySentence::text).toList()));
            }
            timelines.add(Map.of("file", file, "entries", entries));
        });
        Files.writeString(dir.resolve(topic + ".json"), StoryJson.write(Map.of(topic, timelines)), StandardCharsets.UTF_8);
    }

    public static Set<LocalDate> dates(List<ArcTimeline.Day> days) {
        Set<LocalDate> out = new HashSet<>();
        days.forEach(d -> out.add(d.date().firstDay()));
        return out;
    }

    /** One line of averages: Date-F1 with its P and R, then AR-1, AR-2 and concatenation R1 F when measured. */
    public static void report(PrintStream out, String label, List<Measures> scores) {
        double[] d = average(scores.stream().map(Measures::date).toList());
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-34s Date-F1 %.3f (P %.3f R %.3f)", label, d[2], d[0], d[1]));
        if (!scores.isEmpty() && scores.get(0).ar1() != null) {
            line.append(String.format(Locale.ROOT, "  AR-1 F %.3f  AR-2 F %.3f  concat R1 F %.3f",
                    average(scores.stream().map(Measures::ar1).toList())[2],
                    average(scores.stream().map(Measures::ar2).toList())[2],
                    average(scores.stream().map(Measures::concatR1).toList())[2]));
        }
        out.println(line);
    }

    private static LocalDate day(AnalyzedArticle a) {
        return a.published().day();
    }
}
