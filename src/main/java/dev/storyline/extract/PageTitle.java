package dev.storyline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a page as a reader reads it: a title with the site's name and the section label taken
 * off ("Storm hits coast | Sport | The Daily" is "Storm hits coast"). It compares the title's parts with
 * the names the site goes by ({@code og:site_name}, the publisher, the domain), with the page's {@code h1}
 * and with the section names in the page's own navigation. Stateless and thread-safe.
 */
final class PageTitle {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:»/]{1,2}\\s+|\\s+::\\s+|\\s*[｜]\\s*");
    /** Section names in the languages most news is written in: a title part that is one of these is a label. */
    private static final Set<String> SECTIONS = Set.of("news", "world", "sport", "sports", "politics", "business",
            "opinion", "culture", "tech", "technology", "science", "health", "entertainment", "lifestyle", "local",
            "national", "international", "economy", "finance", "markets", "money", "travel", "food", "style", "arts",
            "books", "music", "film", "movies", "tv", "media", "education", "environment", "climate", "weather",
            "crime", "us", "uk", "europe", "asia", "africa", "americas", "middleeast", "australia", "video", "videos",
            "live", "analysis", "breakingnews", "latestnews", "topstories", "worldnews", "usnews", "uknews", "home",
            "blog", "blogs", "features", "columns", "editorial", "letters", "obituaries", "nachrichten", "politik",
            "wirtschaft", "kultur", "panorama", "ausland", "inland", "wissen", "meinung", "actualités", "actualité",
            "monde", "politique", "économie", "société", "noticias", "deportes", "política", "economía", "sociedad",
            "cultura", "internacional", "nacional", "opinión", "mundo", "cronaca", "politica", "esteri", "economia",
            "notícias", "esportes", "desporto", "nieuws", "binnenland", "buitenland", "economie", "politiek",
            "新闻", "国际", "体育", "财经", "政治", "社会", "国内", "ニュース", "国際", "経済", "스포츠", "정치", "경제",
            "사회", "국제", "новости", "политика", "экономика", "спорт", "мир", "общество", "أخبار", "رياضة", "سياسة",
            "اقتصاد", "gündem", "spor", "ekonomi", "dünya", "siyaset", "berita", "tin tức", "thể thao", "ข่าว");

    private PageTitle() {
    }

    /**
     * A title without site names and section labels; {@code null} when nothing but those is left.
     *
     * @param title     a title as the page gives it
     * @param siteNames names the site goes by
     * @param heading   the page's main heading, or {@code null}
     * @param page      the page, whose navigation names its sections (may be {@code null})
     */
    static String clean(String title, List<String> siteNames, String heading, Document page) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = Draft.clean(title);
        Set<String> sites = new HashSet<>();
        for (String s : siteNames) {
            String n = MainContent.normaliseForCompare(s);
            if (n.length() >= 2) {
                sites.add(n);
                sites.add(n.replaceFirst("^the", ""));
            }
        }
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return isSiteName(MainContent.normaliseForCompare(t), sites) ? null : t;
        }
        String h = MainContent.normaliseForCompare(heading);
        if (!h.isEmpty()) {
            for (String p : parts) {
                if (MainContent.normaliseForCompare(p).equals(h)) {
                    return p.strip();
                }
            }
        }
        Set<String> navigation = null;
        List<String> kept = new ArrayList<>();
        boolean longPart = false;
        for (String p : parts) {
            longPart |= TextMeasure.words(p) >= 3;
        }
        for (String p : parts) {
            String n = MainContent.normaliseForCompare(p);
            if (n.isEmpty() || isSiteName(n, sites) || isSiteName(n.replaceFirst("^the", ""), sites)) {
                continue;
            }
            if (longPart && TextMeasure.words(p) <= 2) {
                if (SECTIONS.contains(n)) {
                    continue;
                }
                if (navigation == null) {
                    navigation = navigation(page);
                }
                if (navigation.contains(n)) {
                    continue;
                }
            }
            kept.add(p);
        }
        if (kept.isEmpty()) {
            return null;
        }
        if (kept.size() == parts.length) {
            // No part named the site: drop a short last part only when the first part carries the headline
            // ("Storm hits coast - Daily Bugle"); a colon headline ("Fed: rates stay") stays whole.
            String last = parts[parts.length - 1];
            if (TextMeasure.words(last) <= 4 && TextMeasure.words(parts[0]) >= 4 && !t.contains(": ")) {
                return t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|\\-–—·•:»/]+$", "").strip();
            }
            return t;
        }
        // Keep the original separators between the parts that remain.
        int start = t.indexOf(kept.get(0));
        String lastKept = kept.get(kept.size() - 1);
        int end = t.lastIndexOf(lastKept) + lastKept.length();
        return start >= 0 && end > start ? t.substring(start, end).strip() : String.join(" - ", kept);
    }

    /** The page's main heading: its first {@code h1} that is not the site's name in a logo nor a section's name. */
    static String heading(Document doc, List<String> siteNames) {
        Set<String> navigation = null;
        Set<String> sites = new HashSet<>();
        for (String s : siteNames) {
            sites.add(MainContent.normaliseForCompare(s));
        }
        for (Element h1 : doc.select("article h1, main h1, h1")) {
            String text = Draft.clean(h1.text());
            String n = MainContent.normaliseForCompare(text);
            if (n.isEmpty() || isSiteName(n, sites) || h1.selectFirst("img") != null || insideHeaderOrNav(h1)
                    || SECTIONS.contains(n)) {
                continue;
            }
            if (TextMeasure.words(text) <= 2) {
                navigation = navigation == null ? navigation(doc) : navigation;
                if (navigation.contains(n)) {
                    continue;
                }
            }
            return text;
        }
        return null;
    }

    /** A logo heading: inside the navigation, named as the site's brand, or a link to the home page. */
    private static boolean insideHeaderOrNav(Element h1) {
        if (Furniture.named(h1.className(), h1.id(), LOGO_WORDS)) {
            return true;
        }
        Element link = h1.selectFirst("a[href]");
        if (link != null && link.attr("href").matches("/|\\./?|https?://[^/]+/?")) {
            return true;
        }
        for (Element a = h1.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("nav")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LOGO_WORDS = Set.of("logo", "brand", "branding", "site", "masthead", "sitename");

    private static boolean isSiteName(String n, Set<String> sites) {
        for (String s : sites) {
            if (n.equals(s) || s.contains(n) && n.length() >= 3 || n.startsWith(s) && n.length() <= s.length() + 4
                    && s.length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** The texts of the page's short links, normalised: the names of its sections. */
    private static Set<String> navigation(Document page) {
        Set<String> out = new HashSet<>();
        if (page == null) {
            return out;
        }
        for (Element a : page.getElementsByTag("a")) {
            String text = a.text();
            if (!text.isEmpty() && text.length() <= 30) {
                out.add(MainContent.normaliseForCompare(text));
            }
        }
        return out;
    }
}
