package dev.storyline.cli;

import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownPagesTest {

    private static StoryPage page(List<StoryPage.Source> sources) {
        return new StoryPage("s", "<script>alert('headline')</script> [x](javascript:alert(1))", "2026-01-14T09:30:00Z",
                sources.size(), 1,
                List.of(new StoryPage.Section("<img src=x onerror=alert(1)>",
                        List.of(new StoryPage.CitedSentence("He said <b>hi</b> & left.", List.of(1))))),
                List.of(), sources);
    }

    @Test
    void onlyWebLinksBecomeLinksAndNoRawMarkupIsWritten() {
        String md = MarkdownPages.render(List.of(page(List.of(
                new StoryPage.Source(1, "javascript:alert(document.cookie)", "Script", "P1", null, null),
                new StoryPage.Source(2, "data:text/html,<script>alert(2)</script>", "Data", "P2", null, null),
                new StoryPage.Source(3, "file:///home/me/articles/a.html", "File", "P3", null, null),
                new StoryPage.Source(4, "https://news.example/a_(b)", "Web", "P4", null, null)))));

        assertThat(md).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img").doesNotContain("<b>")
                .doesNotContainPattern("(?<!\\\\)\\]\\(<?(?i:javascript|data|file):");
        assertThat(md).contains("Script (javascript:alert(document.cookie))")
                .contains("File (file:///home/me/articles/a.html)")
                .contains("[Web](<https://news.example/a_(b)>)")
                .contains("&lt;script&gt;alert('headline')&lt;/script&gt; \\[x\\](javascript:alert(1))")
                .contains("He said &lt;b&gt;hi&lt;/b&gt; &amp; left.");
    }
}
