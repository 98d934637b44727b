package dev.storyline.extract;

import dev.storyline.ingest.DateText;
import dev.storyline.ingest.PublicationDate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page says when it was published: its metadata (JSON-LD, {@code <meta>}, microdata,
 * {@code <time>}), its visible "Published:" and "Updated:" lines and dateline, and the day in its URL
 * ({@code /2013/03/11/}). A time the page writes without a zone is read in the publisher's zone when the
 * page makes that plain: an offset it declares on another of its dates, else the country of its web
 * domain or of its language when that country keeps one time. Stateless and thread-safe.
 */
final class PageDates {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
            "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "og:pubdate"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "dateModified",
            "last-modified", "dcterms.modified"};
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?i)^\\W*(?:first\\s+)?(?:published|posted|pub(?:lished)?\\s+date|date)\\s*(?:on|at)?\\s*:?\\s*(.{6,80})$");
    private static final Pattern UPDATED_LINE = Pattern.compile(
            "(?i)^\\W*(?:last\\s+)?(?:updated|modified)\\s*(?:on|at)?\\s*:?\\s*(.{6,80})$");

    /**
     * Countries of one civil time, by their two-letter code (the web domain {@code .kr}, the region of
     * {@code ko-KR}). Countries that span zones (US, Canada, Russia, Brazil, Australia, ...) are left out:
     * their domain does not say which zone a time is in.
     */
    private static final Map<String, String> COUNTRY_ZONES = Map.ofEntries(
            Map.entry("kr", "Asia/Seoul"), Map.entry("jp", "Asia/Tokyo"), Map.entry("cn", "Asia/Shanghai"),
            Map.entry("tw", "Asia/Taipei"), Map.entry("hk", "Asia/Hong_Kong"), Map.entry("sg", "Asia/Singapore"),
            Map.entry("in", "Asia/Kolkata"), Map.entry("pk", "Asia/Karachi"), Map.entry("bd", "Asia/Dhaka"),
            Map.entry("th", "Asia/Bangkok"), Map.entry("vn", "Asia/Ho_Chi_Minh"), Map.entry("ph", "Asia/Manila"),
            Map.entry("my", "Asia/Kuala_Lumpur"), Map.entry("il", "Asia/Jerusalem"), Map.entry("tr", "Europe/Istanbul"),
            Map.entry("ae", "Asia/Dubai"), Map.entry("sa", "Asia/Riyadh"), Map.entry("qa", "Asia/Qatar"),
            Map.entry("ir", "Asia/Tehran"), Map.entry("eg", "Africa/Cairo"), Map.entry("za", "Africa/Johannesburg"),
            Map.entry("ng", "Africa/Lagos"), Map.entry("ke", "Africa/Nairobi"), Map.entry("gb", "Europe/London"),
            Map.entry("uk", "Europe/London"), Map.entry("ie", "Europe/Dublin"), Map.entry("de", "Europe/Berlin"),
            Map.entry("fr", "Europe/Paris"), Map.entry("it", "Europe/Rome"), Map.entry("nl", "Europe/Amsterdam"),
            Map.entry("be", "Europe/Brussels"), Map.entry("ch", "Europe/Zurich"), Map.entry("at", "Europe/Vienna"),
            Map.entry("se", "Europe/Stockholm"), Map.entry("no", "Europe/Oslo"), Map.entry("dk", "Europe/Copenhagen"),
            Map.entry("fi", "Europe/Helsinki"), Map.entry("pl", "Europe/Warsaw"), Map.entry("cz", "Europe/Prague"),
            Map.entry("sk", "Europe/Bratislava"), Map.entry("hu", "Europe/Budapest"), Map.entry("ro", "Europe/Bucharest"),
            Map.entry("bg", "Europe/Sofia"), Map.entry("gr", "Europe/Athens"), Map.entry("ua", "Europe/Kyiv"),
            Map.entry("nz", "Pacific/Auckland"), Map.entry("ar", "America/Argentina/Buenos_Aires"),
            Map.entry("co", "America/Bogota"), Map.entry("pe", "America/Lima"), Map.entry("ve", "America/Caracas"));
    /** Languages written almost only in one country of one civil time. */
    private static final Map<String, String> LANGUAGE_COUNTRIES = Map.ofEntries(
            Map.entry("ko", "kr"), Map.entry("ja", "jp"), Map.entry("th", "th"), Map.entry("vi", "vn"),
            Map.entry("he", "il"), Map.entry("tr", "tr"), Map.entry("pl", "pl"), Map.entry("cs", "cz"),
            Map.entry("hu", "hu"), Map.entry("el", "gr"), Map.entry("ro", "ro"), Map.entry("fi", "fi"),
            Map.entry("uk", "ua"), Map.entry("it", "it"));

    private PageDates() {
    }

    /** A date as one place of the page writes it. */
    private record Stated(String text, String source) {
    }

    /** Reads the page's dated metadata into the draft, in the zone the page's own offsets declare. */
    static void fromMetadata(Document doc, StructuredData ld, String base, Draft d) {
        List<Stated> published = stated(doc, ld.datePublished(), PUBLISHED_META, "datePublished");
        Element time = doc.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
        if (time != null) {
            published.add(new Stated(time.attr("datetime"), "time-element"));
        }
        List<Stated> modified = stated(doc, ld.dateModified(), MODIFIED_META, "dateModified");
        List<String> declared = new ArrayList<>();
        published.forEach(p -> declared.add(p.text()));
        modified.forEach(m -> declared.add(m.text()));
        d.publisherZone = publisherZone(base, d.language != null ? d.language : languageOf(doc), declared).orElse(null);
        published.forEach(p -> d.setPublished(parse(p.text(), d), p.source()));
        modified.forEach(m -> d.setModified(parse(m.text(), d), m.source()));
    }

    /** A date as JSON-LD, the named {@code <meta>} tags and microdata's {@code itemprop} state it, in that order. */
    private static List<Stated> stated(Document doc, String structured, String[] metaNames, String itemprop) {
        List<Stated> out = new ArrayList<>();
        out.add(new Stated(structured, "json-ld"));
        for (String name : metaNames) {
            out.add(new Stated(meta(doc, name), "meta:" + name));
        }
        Element item = doc.selectFirst("[itemprop=" + itemprop + "]");
        if (item != null) {
            out.add(new Stated(firstNonBlank(item.attr("content"), item.attr("datetime"), item.text()), "microdata"));
        }
        return out;
    }

    /** "Published: ..." and "Updated: ..." lines near the top of the visible text, then a leading dateline. */
    static void fromVisibleLines(Document doc, Draft d) {
        String dateline = null;
        for (TextBlocks.Block b : TextBlocks.of(doc.body() == null ? doc : doc.body(), 400)) {
            String line = b.text();
            if (line.length() > 100) {
                continue;
            }
            Matcher p = PUBLISHED_LINE.matcher(line);
            if (p.matches() && d.setPublished(parse(p.group(1), d), "text:published-line") && d.modified != null) {
                return;
            }
            Matcher u = UPDATED_LINE.matcher(line);
            if (u.matches()) {
                d.setModified(parse(u.group(1), d), "text:updated-line");
            } else if (dateline == null && ScrapedText.isDateline(DateText.normalise(line))) {
                dateline = line;
            }
        }
        // A line that is nothing but a date ("14 June 2013") near the top is the publication date.
        if (dateline != null) {
            d.setPublished(parse(dateline, d), "text:dateline");
        }
    }

    /**
     * The date a visible line or the URL gives, made to agree with the URL: a URL's day is set when the
     * page is created, so a date read from the visible text that lies more than a day from it (a
     * dateline of something else, an update line) gives way to it, and an undated page takes it.
     * Metadata keeps its date: it is the publisher's own statement of the time.
     */
    static PublicationDate reconciled(PublicationDate found, String foundFrom, Optional<LocalDate> urlDay,
                                      Map<String, String> provenance) {
        if (urlDay.isEmpty()) {
            return found;
        }
        boolean fromText = foundFrom != null && (foundFrom.startsWith("text:") || foundFrom.startsWith("hint:title"));
        if (found == null || fromText && Math.abs(found.day().toEpochDay() - urlDay.get().toEpochDay()) > 1) {
            Optional<PublicationDate> day = PublicationDate.onDay(urlDay.get());
            if (day.isPresent()) {
                provenance.put("published", "url");
                return day.get();
            }
        }
        return found;
    }

    /**
     * The zone a publisher writes its times in, when the source makes it plain: a non-UTC offset or zone
     * one of its dates states (a page that writes {@code +09:00} on one date writes all of them in that
     * time; a bare {@code Z} often only says how the CMS stores them), else the country of its web domain,
     * else of its language tag or language, when that country keeps one time.
     */
    static Optional<ZoneId> publisherZone(String url, String language, List<String> declaredDates) {
        for (String text : declaredDates) {
            Optional<ZoneId> z = DateText.statedZone(text);
            if (z.isPresent() && !z.get().normalized().equals(ZoneOffset.UTC)) {
                return z;
            }
        }
        Optional<String> host = WebPage.host(url == null ? "" : url);
        if (host.isPresent()) {
            String tld = host.get().substring(host.get().lastIndexOf('.') + 1);
            if (COUNTRY_ZONES.containsKey(tld)) {
                return Optional.of(ZoneId.of(COUNTRY_ZONES.get(tld)));
            }
        }
        if (language != null && !language.isBlank()) {
            String[] parts = language.toLowerCase(Locale.ROOT).split("[-_]");
            String country = parts.length > 1 && parts[1].length() == 2 ? parts[1] : LANGUAGE_COUNTRIES.get(parts[0]);
            if (country != null && COUNTRY_ZONES.containsKey(country)) {
                return Optional.of(ZoneId.of(COUNTRY_ZONES.get(country)));
            }
        }
        return Optional.empty();
    }

    private static PublicationDate parse(String text, Draft d) {
        return text == null ? null : DateText.parse(text, d.publisherZone).orElse(null);
    }

    private static String languageOf(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : firstNonBlank(html.attr("lang"), html.attr("xml:lang"));
        return lang != null ? lang : meta(doc, "og:locale");
    }

    private static String meta(Document doc, String name) {
        return WebPage.meta(doc, name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
