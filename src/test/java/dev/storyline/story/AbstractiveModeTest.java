package dev.storyline.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.embed.SentenceEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.storyline.Fixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The abstractive mode against a local OpenAI-compatible server that plays back recorded answers: the
 * check keeps what the sources support, cites it itself, and drops invented names and numbers.
 */
class AbstractiveModeTest {

    /** Recorded answers, chosen by a word of the prompt; the first line carries a citation mark of the model's own. */
    private static final Map<String, String> ANSWERS = Map.of(
            "killed", """
                    On Monday, floods in the Vale of Brenna killed 12 people, the regional government said. [2]
                    Governor Marco Bellini said floods in the Vale of Brenna killed 12 people on Monday.
                    Floods in the Vale of Brenna killed 40 people on Monday.""",
            "evacuated", "- Rescue teams evacuated 40 families from villages along the Brenna river overnight.\n");

    private static HttpServer server;
    private static SentenceEmbedder embedder;
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    private static final AnalyzedArticle ONE = analyzed("f1", "Floods sweep the Vale of Brenna", "2026-05-11T08:00:00Z", "Harbour Times",
            "Floods in the Vale of Brenna killed 12 people on Monday, the regional government said.\n\n"
                    + "Rescue teams evacuated 40 families from villages along the Brenna river overnight.\n\n"
                    + "The regional government opened three shelters in schools of the valley on Monday night.");
    private static final AnalyzedArticle TWO = analyzed("f2", "Vale of Brenna floods leave villages under water", "2026-05-11T09:00:00Z", "Island Post",
            "Floods in the Vale of Brenna killed 12 people on Monday, the regional government said.\n\n"
                    + "The Brenna river burst its banks after three days of heavy rain in the mountains.\n\n"
                    + "Schools across the valley will stay closed until the end of the week.");

    @BeforeAll
    static void start() throws IOException {
        embedder = new SentenceEmbedder();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            REQUESTS.incrementAndGet();
            JsonNode request = StoryJson.MAPPER.readTree(exchange.getRequestBody());
            String prompt = request.path("messages").toString();
            String answer = ANSWERS.entrySet().stream().filter(e -> prompt.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("");
            String body = StoryJson.write(Map.of(
                    "id", "chatcmpl-recorded", "object", "chat.completion", "created", 1_780_000_000L,
                    "model", request.path("model").asText(),
                    "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                            "message", Map.of("role", "assistant", "content", answer))),
                    "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20)));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        embedder.close();
    }

    private StorySynthesizer abstractive() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        return new StorySynthesizer(Clock.fixed(Instant.parse("2026-05-12T00:00:00Z"), ZoneOffset.UTC),
                new LanguageModelWriter(url, "recorded", null), new GeneratedTextCheck(embedder::embed));
    }

    @Test
    void generatedSentencesTheSourcesSupportStayWithTheCheckersCitations() {
        StoryPage page = abstractive().synthesize("flood", List.of(ONE, TWO));

        List<StoryPage.CitedSentence> all = page.sections().stream().flatMap(s -> s.sentences().stream()).toList();
        assertThat(REQUESTS.get()).isPositive();
        assertThat(all).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("On Monday, floods in the Vale of Brenna killed 12 people, the regional government said.");
            assertThat(s.citations()).containsExactly(1, 2);
        });
    }

    @Test
    void anInventedNameOrNumberIsDropped() {
        StoryPage page = abstractive().synthesize("flood", List.of(ONE, TWO));

        List<String> texts = page.sections().stream().flatMap(s -> s.sentences().stream()).map(StoryPage.CitedSentence::text).toList();
        // The model's supported sentence is kept, so the page is the model's draft as checked, not a fallback.
        assertThat(texts).contains("On Monday, floods in the Vale of Brenna killed 12 people, the regional government said.");
        assertThat(texts).noneMatch(t -> t.contains("Bellini")).noneMatch(t -> t.contains("killed 40"));
        assertThat(page.sections()).allSatisfy(s -> assertThat(s.sentences()).allSatisfy(c -> assertThat(c.citations()).isNotEmpty()));
    }

    @Test
    void theCheckerSplitsTheDraftAndIgnoresTheModelsCitationMarks() {
        assertThat(GeneratedTextCheck.sentences("1. First fact here [1][2]. Second fact follows.\n\n- Third one [3]."))
                .containsExactly("First fact here.", "Second fact follows.", "Third one.");
    }

    @Test
    void anUnreachableServerLeavesTheSourceSentences() {
        StorySynthesizer synthesizer = new StorySynthesizer(Clock.systemUTC(),
                new LanguageModelWriter("http://127.0.0.1:9/v1", "none", null), new GeneratedTextCheck(embedder::embed));
        StoryPage page = synthesizer.synthesize("flood", List.of(ONE, TWO));
        assertThat(page.sections()).isNotEmpty();
        assertThat(page.sections().stream().flatMap(s -> s.sentences().stream()))
                .allSatisfy(s -> assertThat(ONE.article().text() + TWO.article().text()).contains(s.text()));
    }
}
