package dev.storyline.extract;

import dev.storyline.ingest.DateText;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zone a publisher writes its times in when a page states a time without one ("Published: 19:09"),
 * as far as the source makes it plain: an offset the page declares on another of its dates, the home of
 * a well-known publisher, the country of its web domain, the city of its dateline ("SEOUL, Dec. 2
 * (Yonhap) --"), else the country of its language. Only places of one civil time are listed: a domain of
 * the United States or a dateline of Australia does not say which of their zones a time is in, and such a
 * time stays read as UTC. Kept small on purpose: the commonest places of news, no guesses. Stateless.
 */
final class PublisherZones {

    private static final String NEW_YORK = "America/New_York";
    private static final String CHICAGO = "America/Chicago";
    private static final String LOS_ANGELES = "America/Los_Angeles";

    /**
     * Countries of one civil time, by their two-letter code (the web domain {@code .kr}, the region of
     * {@code ko-KR}).
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

    /**
     * Where well-known publishers on a domain that names no country write their times: the newsroom's
     * home ("PUBLISHED: MONDAY, MARCH 11, 2013, 10:34 PM" on nydailynews.com is New York time). A domain
     * also covers its subdomains.
     */
    private static final Map<String, String> HOMES = Map.ofEntries(
            Map.entry("nytimes.com", NEW_YORK), Map.entry("wsj.com", NEW_YORK), Map.entry("nydailynews.com", NEW_YORK),
            Map.entry("nypost.com", NEW_YORK), Map.entry("washingtonpost.com", NEW_YORK), Map.entry("usatoday.com", NEW_YORK),
            Map.entry("cnn.com", NEW_YORK), Map.entry("foxnews.com", NEW_YORK), Map.entry("nbcnews.com", NEW_YORK),
            Map.entry("cbsnews.com", NEW_YORK), Map.entry("abcnews.go.com", NEW_YORK), Map.entry("npr.org", NEW_YORK),
            Map.entry("politico.com", NEW_YORK), Map.entry("huffingtonpost.com", NEW_YORK),
            Map.entry("businessinsider.com", NEW_YORK), Map.entry("time.com", NEW_YORK),
            Map.entry("newsweek.com", NEW_YORK), Map.entry("bostonglobe.com", NEW_YORK),
            Map.entry("philly.com", NEW_YORK), Map.entry("inquirer.com", NEW_YORK), Map.entry("miamiherald.com", NEW_YORK),
            Map.entry("ajc.com", NEW_YORK), Map.entry("chicagotribune.com", CHICAGO), Map.entry("chron.com", CHICAGO),
            Map.entry("houstonchronicle.com", CHICAGO), Map.entry("dallasnews.com", CHICAGO),
            Map.entry("latimes.com", LOS_ANGELES), Map.entry("sfchronicle.com", LOS_ANGELES),
            Map.entry("sfgate.com", LOS_ANGELES), Map.entry("seattletimes.com", LOS_ANGELES),
            Map.entry("denverpost.com", "America/Denver"), Map.entry("theglobeandmail.com", "America/Toronto"),
            Map.entry("thestar.com", "America/Toronto"), Map.entry("theguardian.com", "Europe/London"),
            Map.entry("ft.com", "Europe/London"), Map.entry("economist.com", "Europe/London"),
            Map.entry("dw.com", "Europe/Berlin"), Map.entry("france24.com", "Europe/Paris"),
            Map.entry("politico.eu", "Europe/Brussels"), Map.entry("themoscowtimes.com", "Europe/Moscow"),
            Map.entry("aljazeera.com", "Asia/Qatar"), Map.entry("arabnews.com", "Asia/Riyadh"),
            Map.entry("gulfnews.com", "Asia/Dubai"), Map.entry("haaretz.com", "Asia/Jerusalem"),
            Map.entry("timesofisrael.com", "Asia/Jerusalem"), Map.entry("jpost.com", "Asia/Jerusalem"),
            Map.entry("thehindu.com", "Asia/Kolkata"), Map.entry("hindustantimes.com", "Asia/Kolkata"),
            Map.entry("indiatimes.com", "Asia/Kolkata"), Map.entry("ndtv.com", "Asia/Kolkata"),
            Map.entry("dawn.com", "Asia/Karachi"), Map.entry("scmp.com", "Asia/Hong_Kong"),
            Map.entry("straitstimes.com", "Asia/Singapore"), Map.entry("channelnewsasia.com", "Asia/Singapore"),
            Map.entry("inquirer.net", "Asia/Manila"), Map.entry("chosun.com", "Asia/Seoul"),
            Map.entry("koreaherald.com", "Asia/Seoul"), Map.entry("joins.com", "Asia/Seoul"),
            Map.entry("donga.com", "Asia/Seoul"), Map.entry("koreatimes.com", "Asia/Seoul"),
            Map.entry("nikkei.com", "Asia/Tokyo"), Map.entry("asahi.com", "Asia/Tokyo"),
            Map.entry("smh.com.au", "Australia/Sydney"), Map.entry("news.com.au", "Australia/Sydney"),
            Map.entry("theage.com.au", "Australia/Melbourne"), Map.entry("buenosairesherald.com",
                    "America/Argentina/Buenos_Aires"));

    /** Dateline cities of one civil time, in capitals as datelines write them. */
    private static final Map<String, String> DATELINE_CITIES = Map.ofEntries(
            Map.entry("SEOUL", "Asia/Seoul"), Map.entry("PYONGYANG", "Asia/Pyongyang"), Map.entry("TOKYO", "Asia/Tokyo"),
            Map.entry("BEIJING", "Asia/Shanghai"), Map.entry("SHANGHAI", "Asia/Shanghai"),
            Map.entry("HONG KONG", "Asia/Hong_Kong"), Map.entry("TAIPEI", "Asia/Taipei"),
            Map.entry("SINGAPORE", "Asia/Singapore"), Map.entry("NEW DELHI", "Asia/Kolkata"),
            Map.entry("MUMBAI", "Asia/Kolkata"), Map.entry("ISLAMABAD", "Asia/Karachi"), Map.entry("KABUL", "Asia/Kabul"),
            Map.entry("BANGKOK", "Asia/Bangkok"), Map.entry("HANOI", "Asia/Ho_Chi_Minh"), Map.entry("MANILA", "Asia/Manila"),
            Map.entry("JAKARTA", "Asia/Jakarta"), Map.entry("KUALA LUMPUR", "Asia/Kuala_Lumpur"),
            Map.entry("SYDNEY", "Australia/Sydney"), Map.entry("WELLINGTON", "Pacific/Auckland"),
            Map.entry("MOSCOW", "Europe/Moscow"), Map.entry("KYIV", "Europe/Kyiv"), Map.entry("KIEV", "Europe/Kyiv"),
            Map.entry("ANKARA", "Europe/Istanbul"), Map.entry("ISTANBUL", "Europe/Istanbul"),
            Map.entry("TEHRAN", "Asia/Tehran"), Map.entry("BAGHDAD", "Asia/Baghdad"),
            Map.entry("JERUSALEM", "Asia/Jerusalem"), Map.entry("TEL AVIV", "Asia/Jerusalem"),
            Map.entry("BEIRUT", "Asia/Beirut"), Map.entry("DAMASCUS", "Asia/Damascus"), Map.entry("CAIRO", "Africa/Cairo"),
            Map.entry("RIYADH", "Asia/Riyadh"), Map.entry("DUBAI", "Asia/Dubai"), Map.entry("DOHA", "Asia/Qatar"),
            Map.entry("NAIROBI", "Africa/Nairobi"), Map.entry("LAGOS", "Africa/Lagos"),
            Map.entry("JOHANNESBURG", "Africa/Johannesburg"), Map.entry("LONDON", "Europe/London"),
            Map.entry("DUBLIN", "Europe/Dublin"), Map.entry("PARIS", "Europe/Paris"), Map.entry("BERLIN", "Europe/Berlin"),
            Map.entry("BRUSSELS", "Europe/Brussels"), Map.entry("ROME", "Europe/Rome"), Map.entry("MADRID", "Europe/Madrid"),
            Map.entry("LISBON", "Europe/Lisbon"), Map.entry("AMSTERDAM", "Europe/Amsterdam"),
            Map.entry("VIENNA", "Europe/Vienna"), Map.entry("GENEVA", "Europe/Zurich"), Map.entry("ZURICH", "Europe/Zurich"),
            Map.entry("STOCKHOLM", "Europe/Stockholm"), Map.entry("OSLO", "Europe/Oslo"),
            Map.entry("COPENHAGEN", "Europe/Copenhagen"), Map.entry("HELSINKI", "Europe/Helsinki"),
            Map.entry("WARSAW", "Europe/Warsaw"), Map.entry("PRAGUE", "Europe/Prague"),
            Map.entry("BUDAPEST", "Europe/Budapest"), Map.entry("ATHENS", "Europe/Athens"),
            Map.entry("WASHINGTON", NEW_YORK), Map.entry("NEW YORK", NEW_YORK), Map.entry("BOSTON", NEW_YORK),
            Map.entry("MIAMI", NEW_YORK), Map.entry("ATLANTA", NEW_YORK), Map.entry("PHILADELPHIA", NEW_YORK),
            Map.entry("CHICAGO", CHICAGO), Map.entry("HOUSTON", CHICAGO), Map.entry("DALLAS", CHICAGO),
            Map.entry("DENVER", "America/Denver"), Map.entry("LOS ANGELES", LOS_ANGELES),
            Map.entry("SAN FRANCISCO", LOS_ANGELES), Map.entry("SEATTLE", LOS_ANGELES),
            Map.entry("TORONTO", "America/Toronto"), Map.entry("OTTAWA", "America/Toronto"),
            Map.entry("MONTREAL", "America/Toronto"), Map.entry("VANCOUVER", "America/Vancouver"),
            Map.entry("MEXICO CITY", "America/Mexico_City"), Map.entry("SAO PAULO", "America/Sao_Paulo"),
            Map.entry("BUENOS AIRES", "America/Argentina/Buenos_Aires"), Map.entry("SANTIAGO", "America/Santiago"),
            Map.entry("LIMA", "America/Lima"), Map.entry("BOGOTA", "America/Bogota"), Map.entry("CARACAS", "America/Caracas"));

    /**
     * A dateline opening a paragraph: a city in capitals ("SEOUL", "NEW DELHI"), or capitalised when an
     * agency in brackets or a date follows ("Seoul (Reuters) -", "Tokyo, Dec. 2"), then a dash, colon or
     * the agency or date.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\W{0,3}(?:(?<caps>[A-Z][A-Z.'\\-]+(?:\\s[A-Z][A-Z.'\\-]+){0,2})(?=\\s*(?:[,(:]|--|[—–]|-\\s))"
                    + "|(?<title>[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2})(?=\\s*(?:\\([A-Za-z .]{2,30}\\)|,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d)))");
    /** Paragraphs of prose from the top of the text where a dateline may stand. */
    private static final int DATELINE_LINES = 4;
    /** Characters a paragraph of prose has at least: a menu item, byline or stamp is shorter. */
    static final int PARAGRAPH = 60;

    private PublisherZones() {
    }

    /**
     * The zone a publisher writes times in, when the source makes it plain: a non-UTC offset or zone one
     * of its dates states (a page that writes {@code +09:00} on one date writes all of them in that time; a
     * bare {@code Z} often only says how the CMS stores them), else a known publisher's home, else the
     * country of its web domain, else the city of a dateline in the first lines of its text, else the
     * country of its language tag or language, when that place keeps one time.
     *
     * @param lines the first paragraphs of the text, where a dateline stands, or an empty list
     */
    static Optional<ZoneId> of(String url, String language, List<String> declaredDates, List<String> lines) {
        for (String text : declaredDates) {
            Optional<ZoneId> z = DateText.statedZone(text);
            if (z.isPresent() && !z.get().normalized().equals(ZoneOffset.UTC)) {
                return z;
            }
        }
        Optional<String> host = WebPage.host(url == null ? "" : url).map(h -> h.toLowerCase(Locale.ROOT));
        if (host.isPresent()) {
            Optional<ZoneId> home = home(host.get());
            if (home.isPresent()) {
                return home;
            }
            String tld = host.get().substring(host.get().lastIndexOf('.') + 1);
            if (COUNTRY_ZONES.containsKey(tld)) {
                return Optional.of(ZoneId.of(COUNTRY_ZONES.get(tld)));
            }
        }
        Optional<ZoneId> dateline = dateline(lines);
        if (dateline.isPresent()) {
            return dateline;
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

    /** A known publisher's home zone, its domain or a parent domain of it listed. */
    private static Optional<ZoneId> home(String host) {
        for (String h = host; h.indexOf('.') > 0; h = h.substring(h.indexOf('.') + 1)) {
            String zone = HOMES.get(h);
            if (zone != null) {
                return Optional.of(ZoneId.of(zone));
            }
        }
        return Optional.empty();
    }

    /** The zone of the city of the first dateline among the first lines, when it keeps one time. */
    static Optional<ZoneId> dateline(List<String> lines) {
        int prose = 0;
        for (int i = 0; i < lines.size() && prose < DATELINE_LINES; i++) {
            if (lines.get(i).length() < PARAGRAPH) {
                continue;
            }
            prose++;
            Matcher m = DATELINE.matcher(lines.get(i));
            if (m.find()) {
                String city = (m.group("caps") != null ? m.group("caps") : m.group("title"))
                        .replace(".", "").toUpperCase(Locale.ROOT);
                String zone = DATELINE_CITIES.get(city);
                if (zone != null) {
                    return Optional.of(ZoneId.of(zone));
                }
            }
        }
        return Optional.empty();
    }
}
