package dev.storyline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storyline.ingest.feed.ContentKind;
import dev.storyline.ingest.feed.MalformedFeedException;
import dev.storyline.ingest.feed.Opml;

import static org.assertj.core.api.Assertions.assertThat;

/** Sniffing any bytes names a kind, and reading them as OPML gives subscriptions or a clear refusal. */
class OpmlFuzzTest {

    @FuzzTest(maxExecutions = FuzzBudget.EXECUTIONS)
    void anyBytesAreSniffedAndReadAsOpmlOrRefused(byte[] content) {
        assertThat(ContentKind.sniff(content)).isNotNull();
        try {
            for (Opml.Subscription s : Opml.subscriptions(content)) {
                assertThat(s.xmlUrl()).isNotNull();
            }
        } catch (MalformedFeedException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
