package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.RawDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The development set of issue 12: pages written here, one per failure class seen on sites the extractor
 * had never met (names that hold a furniture word by accident, roles around the report, consent panels
 * with long paragraphs, escaped metadata, titles with section labels, bylines that are not names).
 */
class UnseenSiteTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String P1 = PageBodyTest.P1;
    private static final String P2 = PageBodyTest.P2;
    private static final String P3 = PageBodyTest.P3;
    private static final String REPORT = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";

    private Extraction read(String url, String html) throws ExtractionException {
        return extractor.extractWithDetails(new RawDocument(url, RawDocument.Format.HTML,
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null));
    }

    private Article page(String head, String body) throws ExtractionException {
        return read("https://www.coast-ledger.example/news/bridge", "<!doctype html><html lang=\"en\"><head>" + head
                + "</head><body>" + body + "</body></html>").article();
    }

    private Article scraped(String text) throws ExtractionException {
        return extractor.extract(new RawDocument("file:///data/scraped.txt", RawDocument.Format.TEXT,
                text.getBytes(StandardCharsets.UTF_8), null, null));
    }

    /** A deals box whose name holds "text", written long enough to outscore a report on length alone. */
    private static final String DEALS = "<div class=\"deals-box headline-text\"><p>Today's best deals, picked by our "
            + "shopping team, with prices checked this morning, across laptops, phones, televisions and kitchen gear, "
            + "all with free delivery.</p><p>Save on the season's most wanted headphones, tablets and smart watches, "
            + "with discounts of up to forty percent, while stocks last, on every order placed this week.</p></div>";

    @Test
    void aWrapperNamedForItsCommentsSwitchIsStillTheArticle() throws Exception {
        Article a = page("", "<div class=\"story comments-enabled\">" + REPORT + "</div>");
        assertThat(a.text()).contains(P1, P2, P3);
    }

    @Test
    void aWrapperNamedReadyForPrintIsStillTheArticle() throws Exception {
        Article a = page("", "<div id=\"printReady\" class=\"has-sidebar\">" + REPORT + "</div>");
        assertThat(a.text()).contains(P1, P2, P3);
    }

    @Test
    void aBoxWhoseNameHoldsTextDoesNotOutscoreTheReport() throws Exception {
        Article a = page("", DEALS + "<div class=\"wrap\">" + REPORT + "</div>");
        assertThat(a.text()).contains(P1).doesNotContain("best deals");
    }

    @Test
    void theReportIsWhereTheSentencesAreEvenWhenABoxIsNamedLikeIt() throws Exception {
        StringBuilder deals = new StringBuilder("<div class=\"article-body\">");
        for (String item : new String[] {"Laptops, tablets, phones, watches, chargers, cables and cases",
                "Televisions, soundbars, speakers, headphones, radios and turntables",
                "Kettles, toasters, blenders, mixers, grills, fryers and coffee machines",
                "Tents, sleeping bags, stoves, lanterns, rucksacks, boots and jackets",
                "Bikes, helmets, locks, lights, pumps, bottles, bags and gloves",
                "Books, games, puzzles, toys, crayons, paints, pens and paper"}) {
            deals.append("<p>").append(item).append("</p>");
        }
        deals.append("</div>");
        Article a = page("", deals + "<div class=\"x\">" + REPORT + "</div>");
        assertThat(a.text()).contains(P1, P2, P3).doesNotContain("Laptops");
    }

    @Test
    void aTablistRoleAroundTheReportDoesNotDropIt() throws Exception {
        Article a = page("", "<nav><a href=\"/\">Home</a></nav><div role=\"tablist\"><div role=\"tabpanel\">"
                + REPORT + "</div></div>");
        assertThat(a.text()).contains(P1, P2, P3);
    }

    @Test
    void aConsentPanelWithLongParagraphsAndButtonsGoesWhateverItsName() throws Exception {
        String consent = "<div class=\"x9f\"><p>We and our 842 partners store and access information on your device, "
                + "such as cookies, and process personal data, such as unique identifiers and browsing data, for "
                + "personalised advertising and content, measurement and audience research.</p><p>You may accept or "
                + "manage your choices below, including your right to object where legitimate interest is used, at any "
                + "time from the privacy policy page at the foot of every page.</p>"
                + "<button>Accept all</button><button>Manage options</button></div>";
        Article a = page("", consent + "<article>" + REPORT + "</article>");
        assertThat(a.text()).contains(P1, P3).doesNotContain("partners", "legitimate interest");
    }

    @Test
    void aGermanConsentDialogIsRecognisedByItsVocabulary() throws Exception {
        String consent = "<div style=\"position: fixed; bottom: 0\"><p>Wir verwenden Cookies und ähnliche Technologien, "
                + "um Inhalte zu personalisieren und Ihre Einwilligung zu dokumentieren; mit einem Klick auf "
                + "Zustimmen erklären Sie sich damit einverstanden, Einzelheiten finden Sie in der Datenschutzerklärung.</p>"
                + "<button>Alle akzeptieren</button></div>";
        Article a = page("", consent + "<article>" + REPORT + "</article>");
        assertThat(a.text()).contains(P1).doesNotContain("Cookies", "Einwilligung");
    }

    @Test
    void aModalNewsletterDialogGoes() throws Exception {
        String dialog = "<div aria-modal=\"true\" class=\"pane\"><p>Get the stories that matter in your inbox every "
                + "morning, written by our editors and sent before breakfast, with the day's weather and the tides.</p>"
                + "<input type=\"email\"><button>Sign up</button></div>";
        Article a = page("", dialog + "<article>" + REPORT + "</article>");
        assertThat(a.text()).contains(P2).doesNotContain("inbox");
    }

    @Test
    void anArticleAboutPrivacyRulesWithAShareButtonStays() throws Exception {
        String report = "<p>The European Commission proposed on Tuesday that websites ask for cookie consent only once "
                + "a year, a change it said would spare users hundreds of banners.</p><p>Privacy campaigners said the "
                + "plan would weaken the rules on personal data, and consumer groups asked for a longer consultation.</p>"
                + "<p>The proposal now goes to the European Parliament, where several groups have promised to amend it "
                + "before a vote expected next spring.</p>";
        Article a = page("", "<div class=\"story\">" + report + "<button>Share</button></div>");
        assertThat(a.text()).contains("cookie consent only once", "European Parliament");
    }

    @Test
    void entitiesInJsonLdAreResolvedEvenWhenEscapedTwice() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Sturm droht "
                + "Br&amp;uuml;cke zu zerst&ouml;ren\",\"author\":{\"@type\":\"Person\",\"name\":\"J&ouml;rg M&uuml;ller\"},"
                + "\"articleBody\":\"&amp;lt;p&amp;gt;Der Sturm hat die alte Br&amp;uuml;cke schwer besch&amp;auml;digt, "
                + "sagte die Stadt am Dienstag, und sie bleibt bis auf Weiteres f&amp;uuml;r den Verkehr gesperrt, bis "
                + "die Ingenieure jeden Pfeiler gepr&amp;uuml;ft haben.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Die Reparatur "
                + "wird nach Sch&amp;auml;tzung der Stadt mindestens achtzehn Monate dauern und zw&amp;ouml;lf Millionen "
                + "Euro kosten, mehr als jede andere Ausgabe im Haushalt dieses Jahres, und der Rat "
                + "will im M&amp;auml;rz entscheiden.&amp;lt;/p&amp;gt;\"}</script>";
        Article a = page(ld, "<div><p>Kurz gemeldet.</p></div>");
        assertThat(a.title()).isEqualTo("Sturm droht Brücke zu zerstören");
        assertThat(a.author()).isEqualTo("Jörg Müller");
        assertThat(a.text()).contains("alte Brücke schwer beschädigt").doesNotContain("&", "<p>");
    }

    @Test
    void theTitleLosesTheSiteNameAndTheSectionLabel() throws Exception {
        Article a = page("<title>Sport | Harbour bridge to close for eighteen months | The Coast Ledger</title>",
                "<header><h1 class=\"site-logo\"><a href=\"/\">The Coast Ledger</a></h1>"
                        + "<nav><a href=\"/sport\">Sport</a><a href=\"/news\">News</a></nav></header><article>" + REPORT
                        + "</article>");
        assertThat(a.title()).isEqualTo("Harbour bridge to close for eighteen months");
    }

    @Test
    void aSectionNameInTheOgTitleGoesToo() throws Exception {
        Article a = page("<meta property=\"og:title\" content=\"Harbour bridge to close – Politik\">",
                "<article>" + REPORT + "</article>");
        assertThat(a.title()).isEqualTo("Harbour bridge to close");
    }

    @Test
    void bylinesBecomeAListOfPersonNames() throws Exception {
        String ld = "<meta property=\"og:site_name\" content=\"The Coast Ledger\"><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"The Coast Ledger\"},{\"name\":\"Ann LeeBo Chan\"},"
                + "{\"name\":\"ann.lee@coast-ledger.example\"},{\"name\":\"Twitter\"},{\"name\":\"Reuters\"}]}</script>";
        Extraction e = read("https://www.coast-ledger.example/news/bridge", "<html><head>" + ld + "</head><body><article>"
                + REPORT + "</article></body></html>");
        assertThat(e.details().authors()).containsExactly("Ann Lee", "Bo Chan");
    }

    @Test
    void aBylineLineWithADateAndAnEmailGivesTheNamesOnly() {
        assertThat(Bylines.names("By Ann Lee and Ron DeSantis - ann@example.com | 12 March 2026, 10:04", "The Daily"))
                .containsExactly("Ann Lee", "Ron DeSantis");
        assertThat(Bylines.names("Von Jörg Müller, Redaktion", "")).containsExactly("Jörg Müller");
        assertThat(Bylines.names("The Daily Staff", "The Daily")).isEmpty();
        assertThat(Bylines.names("ann.lee@example.com (Ann Lee)", "")).containsExactly("Ann Lee");
        assertThat(Bylines.names("Twitter: @annlee", "")).isEmpty();
        assertThat(Bylines.names("Analysis by Ann Lee, Futurism", "Science Daily")).containsExactly("Ann Lee");
        assertThat(Bylines.names("Moritz Bachmann publiziert am", "Comwrap")).containsExactly("Moritz Bachmann");
        assertThat(Bylines.names("Jeff Foust Monday", "")).containsExactly("Jeff Foust");
        assertThat(Bylines.names("TOM KRISHER", "")).containsExactly("Tom Krisher");
        assertThat(Bylines.names("Marine Le Pen", "")).containsExactly("Marine Le Pen");
        assertThat(Bylines.names("Troy Smith, Cleveland.com", "")).containsExactly("Troy Smith");
    }

    @Test
    void anAuthorLineInThePageGivesTheAuthor() throws Exception {
        Article a = page("", "<article><p>Author: Ann Lee</p>" + REPORT + "</article>");
        assertThat(a.author()).isEqualTo("Ann Lee");
    }

    @Test
    void aChinesePageKeepsItsParagraphs() throws Exception {
        String p1 = "台风“海燕”周二晚间在福建沿海登陆，最大风力达十四级，当地政府已紧急转移沿海低洼地区居民三万余人。";
        String p2 = "气象部门表示，受台风影响，未来两天福建、浙江等地将出现大到暴雨，局部地区有特大暴雨，请公众注意防范。";
        String p3 = "交通部门称，福州、厦门两地机场共取消航班两百余架次，多条高速公路临时封闭，铁路部门也停运了部分列车。";
        Article a = read("https://news.example.cn/2026/typhoon", "<html lang=\"zh-CN\"><head><title>台风海燕在福建登陆 - 沿海日报"
                + "</title></head><body><nav><a href=\"/\">首页</a><a href=\"/gn\">国内</a></nav><div class=\"wrap\"><p>" + p1
                + "</p><p>" + p2 + "</p><p>" + p3 + "</p></div><div class=\"foot\">© 2026 沿海日报</div></body></html>")
                .article();
        assertThat(a.text()).contains(p1, p2, p3).doesNotContain("首页");
    }

    @Test
    void aChineseScrapedTextDoesNotTakeItsFirstParagraphForTheTitle() throws Exception {
        String text = "台风海燕在福建登陆\n台风“海燕”周二晚间在福建沿海登陆，最大风力达十四级，当地政府已紧急转移沿海低洼地区居民三万余人。\n"
                + "气象部门表示，受台风影响，未来两天福建、浙江等地将出现大到暴雨，请公众注意防范。\n";
        Article a = scraped(text);
        assertThat(a.title()).isEqualTo("台风海燕在福建登陆");
        assertThat(a.text()).startsWith("台风“海燕”周二晚间");
    }

    @Test
    void anArabicPageWithDirectionMarksReadsCleanly() throws Exception {
        String p1 = "\u200fقال مسؤولون في وزارة الصحة يوم الثلاثاء إن عدد المصابين بالإنفلونزا ارتفع إلى أكثر من ألف حالة، "
                + "معظمهم من الأطفال وكبار السن.";
        String p2 = "وأضافت الوزارة أن المستشفيات في العاصمة رفعت حالة التأهب، وأن اللقاحات متوفرة مجانا في جميع المراكز الصحية.";
        String p3 = "ودعا الأطباء المواطنين إلى غسل الأيدي بانتظام وتجنب الأماكن المزدحمة خلال الأسابيع المقبلة، حسب البيان.";
        Article a = read("https://www.gulf-daily.example/health/flu", "<html dir=\"rtl\" lang=\"ar\"><body><div class=\"content\"><p>"
                + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p></div></body></html>").article();
        assertThat(a.text()).startsWith("قال مسؤولون").contains(p2, p3).doesNotContain("\u200f");
    }

    @Test
    void theKnownPublishersNameComesFromTheTableAndOthersFromTheirDomainOrFooter() throws Exception {
        assertThat(read("https://www.theguardian.com/world/2026/bridge", "<html><body><article>" + REPORT
                + "</article></body></html>").article().publisher()).isEqualTo("The Guardian");
        assertThat(page("", "<article>" + REPORT + "</article>").publisher()).isEqualTo("Coast Ledger");
        assertThat(page("", "<article>" + REPORT + "</article><footer><p>© 2026 The Coast Ledger Ltd. All rights "
                + "reserved.</p></footer>").publisher()).isEqualTo("The Coast Ledger Ltd");
    }

    @Test
    void aSiteNameLosesItsTagline() throws Exception {
        assertThat(page("<meta property=\"og:site_name\" content=\"Coast Ledger | News, sport and weather\">",
                "<article>" + REPORT + "</article>").publisher()).isEqualTo("Coast Ledger");
    }

    @Test
    void aSiteLineAtTheFootOfAScrapedTextNamesThePublisher() throws Exception {
        String text = "Ferry crossings cancelled as storm nears\n"
                + "The ferry operator said on Monday that it would cancel all crossings until the storm had passed.\n"
                + "About four hundred passengers were waiting at the terminal when the announcement was made.\n"
                + "The Baltic Ledger\n";
        Article a = scraped(text);
        assertThat(a.publisher()).isEqualTo("The Baltic Ledger");
        assertThat(a.text()).doesNotContain("Baltic Ledger");
    }

    @Test
    void aJapanesePageWithALongTitleWithoutSpacesIsReadWhole() throws Exception {
        String title = "政府は火曜日来年から最低賃金を引き上げると発表し労働組合は家賃の上昇に比べて引き上げ幅が小さすぎると指摘".repeat(4);
        String p = "政府は火曜日、来年から最低賃金を引き上げると発表した。労働組合は、家賃の上昇に比べて引き上げ幅が小さすぎると指摘している。";
        Article a = read("https://www.example.jp/news/1", "<html><head><title>" + title + "</title></head><body><article><p>"
                + p + "</p><p>" + p.replace("政府", "首相") + "</p><p>" + p.replace("火曜日", "水曜日") + "</p></article></body></html>")
                .article();
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.text()).contains(p);
        assertThat(a.language()).isEqualTo("ja");
    }
}
