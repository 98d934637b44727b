package dev.storyline.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsTxtTest {

    private static final String TOKEN = "Storyline";

    @Test
    void groupNamingOurProductWinsOverTheStarGroup() {
        RobotsTxt rules = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                User-agent: storyline/0.1
                Disallow: /private/
                """, TOKEN);
        assertThat(rules.allows("/news/today")).isTrue();
        assertThat(rules.allows("/private/x")).isFalse();
    }

    @Test
    void starGroupAppliesWhenNoGroupNamesUs() {
        RobotsTxt rules = RobotsTxt.parse("""
                User-agent: OtherBot
                Disallow: /

                User-agent: *
                Disallow: /search
                """, TOKEN);
        assertThat(rules.allows("/search?q=storm")).isFalse();
        assertThat(rules.allows("/news")).isTrue();
    }

    @Test
    void aProductTokenThatOnlyStartsLikeOursDoesNotMatch() {
        RobotsTxt rules = RobotsTxt.parse("User-agent: StorylineX\nDisallow: /\n", TOKEN);
        assertThat(rules.allows("/anything")).isTrue();
    }

    @Test
    void consecutiveUserAgentLinesShareOneGroupAndMatchingGroupsMerge() {
        RobotsTxt rules = RobotsTxt.parse("""
                User-agent: Googlebot
                User-agent: Storyline
                Disallow: /a

                User-agent: Storyline
                Disallow: /b
                """, TOKEN);
        assertThat(rules.allows("/a/1")).isFalse();
        assertThat(rules.allows("/b/1")).isFalse();
        assertThat(rules.allows("/c/1")).isTrue();
    }

    @Test
    void longestMatchDecidesAndAllowWinsATie() {
        RobotsTxt rules = RobotsTxt.parse("""
                User-agent: *
                Disallow: /news/
                Allow: /news/public/
                Disallow: /page
                Allow: /page
                """, TOKEN);
        assertThat(rules.allows("/news/secret")).isFalse();
        assertThat(rules.allows("/news/public/story")).isTrue();
        assertThat(rules.allows("/page.html")).isTrue();
    }

    @Test
    void wildcardsAndEndAnchors() {
        RobotsTxt rules = RobotsTxt.parse("""
                User-agent: *
                Disallow: /*.pdf$
                Disallow: /*/print
                Disallow: /exact$
                """, TOKEN);
        assertThat(rules.allows("/files/report.pdf")).isFalse();
        assertThat(rules.allows("/files/report.pdf?download=1")).isTrue();
        assertThat(rules.allows("/2025/03/print/story")).isFalse();
        assertThat(rules.allows("/print")).isTrue();
        assertThat(rules.allows("/exact")).isFalse();
        assertThat(rules.allows("/exact/more")).isTrue();
    }

    @Test
    void emptyDisallowCommentsAndRulesBeforeAnyGroupAllowEverything() {
        RobotsTxt rules = RobotsTxt.parse("""
                Disallow: /   # belongs to no group
                # a comment line
                User-agent: * # everyone
                Disallow:
                """, TOKEN);
        assertThat(rules.allows("/anything")).isTrue();
    }

    @Test
    void robotsTxtItselfIsAlwaysAllowedAndDisallowAllBlocksTheRest() {
        assertThat(RobotsTxt.DISALLOW_ALL.allows("/robots.txt")).isTrue();
        assertThat(RobotsTxt.DISALLOW_ALL.allows("/")).isFalse();
        assertThat(RobotsTxt.ALLOW_ALL.allows("/x")).isTrue();
    }

    @Test
    void crawlDelayOfTheChosenGroupIsKept() {
        RobotsTxt rules = RobotsTxt.parse("User-agent: *\nCrawl-delay: 2.5\nDisallow: /tmp\n", TOKEN);
        assertThat(rules.crawlDelay()).contains(Duration.ofMillis(2500));
        assertThat(RobotsTxt.parse("User-agent: *\nDisallow: /tmp\n", TOKEN).crawlDelay()).isEmpty();
    }

    @Test
    void nonAsciiPatternsCompareWithThePercentEncodedPath() {
        RobotsTxt rules = RobotsTxt.parse("User-agent: *\nDisallow: /café\n", TOKEN);
        assertThat(rules.allows("/caf%C3%A9/menu")).isFalse();
        assertThat(rules.allows("/cafe/menu")).isTrue();
    }

    @Test
    void windowsLineEndingsAndOddSpacingAreRead() {
        RobotsTxt rules = RobotsTxt.parse("USER-AGENT:Storyline\r\nDISALLOW :  /drafts\r\n", TOKEN);
        assertThat(rules.allows("/drafts/1")).isFalse();
        byte[] withBom = "\uFEFFUser-agent: *\nDisallow: /drafts\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(RobotsTxt.parse(withBom, TOKEN).allows("/drafts/1")).isFalse();
    }

    @Test
    void escapesOfUnreservedCharactersAndHexCaseDoNotMatter() {
        RobotsTxt rules = RobotsTxt.parse("User-agent: *\nDisallow: /%7ejo/\nDisallow: /a%2fb\n", TOKEN);
        assertThat(rules.allows("/~jo/page")).isFalse();
        assertThat(rules.allows("/a%2Fb")).isFalse();
        assertThat(rules.allows("/a/b")).isTrue(); // an escaped slash is not a path separator
    }

    @Test
    void rulesPastTheFiveHundredKibibyteParsingLimitAreNotRead() {
        StringBuilder text = new StringBuilder("User-agent: *\nDisallow: /early\n");
        while (text.length() < RobotsTxt.MAX_BYTES) {
            text.append("Allow: /filler/page-with-a-long-name\n");
        }
        text.append("Disallow: /late\n");
        RobotsTxt rules = RobotsTxt.parse(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), TOKEN);
        assertThat(rules.allows("/early/1")).isFalse();
        assertThat(rules.allows("/late/1")).isTrue();
    }

    @Test
    void aLongCrawlDelayIsKeptForTheFetcherToCapNotReadAsDisallowAll() {
        RobotsTxt rules = RobotsTxt.parse("User-agent: *\nCrawl-delay: 3600\nDisallow: /tmp\n", TOKEN);
        assertThat(rules.crawlDelay()).contains(Duration.ofHours(1));
        assertThat(rules.allows("/news")).isTrue();
        assertThat(RobotsTxt.parse("User-agent: *\nCrawl-delay: -5\n", TOKEN).crawlDelay()).isEmpty();
    }
}
