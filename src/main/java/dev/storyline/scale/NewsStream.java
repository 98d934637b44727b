package dev.storyline.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.follow.FeedDelivery;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.ingest.feed.Feed;
import dev.storyline.ingest.feed.FeedItem;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * A stream of fetched feeds made from the demo corpus (whole articles, so that nothing is fetched):
 * article {@code k} is an item of the feed of host {@code k % hosts}, each text made unique. For the
 * scale bench ({@code storyline bench scale}) and the worker tests.
 */
public final class NewsStream {

    private static final String CORPUS = "/dev/storyline/demo/demo-corpus.jsonl";

    private final List<JsonNode> articles;

    private NewsStream(List<JsonNode> articles) {
        this.articles = articles;
    }

    /** The corpus's articles long enough to be taken whole from a feed. */
    public static NewsStream load() {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(NewsStream.class.getResourceAsStream(CORPUS), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    if (node.path("text").asText().length() > 1200) {
                        out.add(node);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NewsStream(out);
    }

    public int size() {
        return articles.size();
    }

    /** Articles {@code from} to {@code to} (exclusive), one delivery per article, fetched now. */
    public List<FeedDelivery> deliveries(int from, int to, int hosts) {
        List<FeedDelivery> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            JsonNode a = articles.get(k % articles.size());
            String host = "host" + (k % hosts) + ".example";
            String title = a.path("title").asText().isBlank() ? "Report " + k : a.path("title").asText();
            String text = a.path("text").asText() + "\n\nThis is report number " + k + " of the stream.";
            FeedItem item = new FeedItem("https://" + host + "/a" + k, "item-" + k, title,
                    PublicationDate.at(Instant.parse("2026-01-14T09:00:00Z").plusSeconds(60L * k)).orElseThrow(), null, "en", text, false);
            out.add(new FeedDelivery("feed-" + host, "https://" + host + "/feed.xml", new Feed(host, "en", List.of(item)),
                    null, null, Instant.now()));
        }
        return out;
    }

    /** Sends the deliveries to the fetched-feeds topic, keyed by host as a fetch worker does. */
    public static void send(KafkaClients clients, List<FeedDelivery> deliveries) {
        try (KafkaProducer<String, byte[]> producer = clients.producer(null)) {
            for (FeedDelivery d : deliveries) {
                FeedDelivery fresh = new FeedDelivery(d.subscriptionId(), d.feedUrl(), d.feed(), d.etag(), d.lastModified(), Instant.now());
                producer.send(new ProducerRecord<>(clients.topics().fetched(), FeedHost.of(d.feedUrl()),
                        StageRecords.write(StageRecords.Kind.DELIVERY, fresh))).get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
