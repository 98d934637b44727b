package dev.storyline.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Knowledge of page furniture: the parts of a news page that are not the report. It recognises them by
 * the names sites give their elements (share bars, newsletter boxes, related-article lists, comments,
 * captions, cookie banners, ...) and by the short lines they show ("Advertisement", "Read more",
 * "Sign up for our newsletter", photo credits). Nothing here is keyed to one site. Stateless and
 * thread-safe.
 */
final class Furniture {

    /** Name words that mark an element as furniture when they are a whole word of its class or id. */
    private static final Set<String> WORDS = Set.of(
            "ad", "ads", "adv", "advert", "advertisement", "advertising", "adslot", "adunit", "dfp", "gpt",
            "sponsor", "sponsored", "promo", "promoted", "affiliate", "commercial",
            "comment", "comments", "commentlist", "discussion", "disqus", "respond", "replies",
            "cookie", "cookies", "consent", "gdpr",
            "newsletter", "signup", "subscribe", "subscription", "donate", "membership", "paywall", "login",
            "related", "recirc", "recirculation", "recommended", "recommendations", "popular", "trending",
            "share", "sharing", "sharebar", "social", "follow",
            "nav", "navigation", "navbar", "menu", "breadcrumb", "breadcrumbs", "skip", "pagination", "pager",
            "footer", "masthead", "header", "sidebar", "rail", "widget", "toolbar",
            "modal", "popup", "overlay", "lightbox", "dialog", "toast",
            "caption", "captions", "credit", "credits", "copyright",
            "tags", "taglist", "topics", "keywords", "categories",
            "hidden", "hide", "invisible", "visuallyhidden", "offscreen",
            "outbrain", "taboola", "zergnet", "revcontent",
            "byline", "dateline", "timestamp", "meta", "metadata", "author", "authors", "bio",
            "gallery", "slideshow", "carousel", "video", "player", "print", "inset", "tooltip", "popover", "hovercard");

    /** Word beginnings that mark furniture even inside a compound name ("shareTools", "relatedlinks"). */
    private static final List<String> PREFIXES = List.of(
            "share", "social", "newsletter", "related", "promo", "advert", "outbrain", "taboola", "breadcrumb",
            "sidebar", "subscri", "cookie", "trending", "recommend", "caption", "byline", "footer", "navbar",
            "pagination", "comment", "sponsor", "popular", "signup", "readmore", "morestories", "mostread",
            "mostpopular", "adslot", "adunit", "adcontainer", "adwrap", "rollover", "tooltip");

    /** Pairs of adjacent words that mark furniture ("read more", "sr only", "most read"). */
    private static final Set<String> PAIRS = Set.of(
            "read more", "more stories", "most read", "most popular", "sign up", "sr only", "screen reader",
            "visually hidden", "see also", "also read", "more from", "you may", "you might", "author info",
            "author box", "about author", "post meta", "article meta", "entry meta", "ad slot", "ad container",
            "ad wrapper", "tag list", "tag cloud", "post tags", "top stories", "latest news", "next article", "up next");

    /** Words that keep an element even when a furniture word also names it: "commentary", a social-media embed. */
    private static final Set<String> EXCEPTIONS = Set.of("commentary", "commentator", "shared", "tweet");
    /** An embed of one of these is a quoted post, part of the report; an embedded image caption is not. */
    private static final Set<String> SOCIAL = Set.of("social", "twitter", "instagram", "facebook", "tiktok",
            "bluesky", "mastodon", "threads");

    /** What a name adds to or takes from a container's score: evidence beside its text, not a verdict. */
    private static final int NAME_WEIGHT = 15;

    /** Words in a class or id that say the element holds the article. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "articles", "body", "content", "contents",
            "entry", "main", "post", "story", "text", "prose", "blog", "copy", "rich", "paragraph", "paragraphs",
            "detail", "details");
    /**
     * Words that make an element unlikely to hold the article, and that take back a content word beside them:
     * "headline-text" is a headline's text, "sidebar-content" a sidebar's content.
     */
    private static final Set<String> UNLIKELY_WORDS = Set.of("comment", "comments", "meta", "footer", "footnote",
            "footnotes", "masthead", "sidebar", "sponsor", "sponsored", "related", "share", "sharing", "social",
            "tags", "tag", "widget", "widgets", "promo", "promos", "banner", "menu", "nav", "navigation", "popular",
            "recommend", "recommended", "recommendations", "newsletter", "subscribe", "outbrain", "taboola",
            "shoutbox", "combx", "teaser", "teasers", "card", "cards", "list", "feed", "rail", "aside", "extra",
            "extras", "ad", "ads", "advert", "advertisement", "modal", "popup", "overlay", "consent", "cookie",
            "cookies", "gdpr", "cmp", "dialog", "toast", "deals", "deal", "offer", "offers", "shop", "shopping",
            "signup", "paywall", "login", "more", "trending", "breadcrumb", "breadcrumbs", "header", "toolbar");
    /** Words of a heading or a label: "headline-text" and "title-body" do not hold the report. */
    private static final Set<String> LABEL_WORDS = Set.of("headline", "headlines", "title", "heading", "caption",
            "label", "preview", "snippet", "thumb", "thumbnail", "kicker", "byline", "author",
            "date", "time", "timestamp", "credit");

    /** Short lines that are page furniture wherever they appear. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)^\\W*(?:(?:more|other|related|recommended|popular|latest|top|trending)\\b.{0,30}\\b(?:stories|articles|news|reads|posts|videos|coverage|headlines)"
                    + "|(?:reading time|read time|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura)\\b.{0,30}"
                    + "|\\d+\\s*min(?:ute)?s?\\.? read|topics|more|don'?t miss"
                    + "|advertisement|advertising|advert|anzeige|publicité|publicidad|pubblicità|iklan|reklama|advertentie"
                    + "|(?:posted|published|updated)\\s+(?:on|at|by)\\b.{0,80}"
                    + "|sponsored(?: content)?|ad|trending\\s*:?|tell us what you think.*"
                    + "|what do you think\\?|have your say.*|updated(?: at| on)?:? [\\d: ]+(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,4})?|story continues below"
                    + "(?: advertisement)?|continue reading.*|read (?:more|next|also|the full story|full article).*"
                    + "|related(?: articles| stories| coverage| content| news| links| topics)?\\s*:?.*"
                    + "|more (?:from|on|stories|news|about)\\b.*|see also\\b.*|also read\\b.*|you (?:may|might) also like.*"
                    + "|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)\\b.*"
                    + "|share (?:this|on|via|the)\\b.*|share|tweet|email|print|pin(?: it)?|whatsapp|facebook|twitter"
                    + "|linkedin|reddit|comments?|\\d+ comments?|leave a (?:comment|reply)\\b.*|post a comment.*"
                    + "|join the (?:conversation|discussion)\\b.*|(?:sign up|subscribe)\\b.{0,120}"
                    + "|follow (?:us|@\\w+)\\b.{0,80}|click here\\b.{0,120}|tags?\\s*:.*|topics?\\s*:.*|filed under\\s*:?.*"
                    + "|(?:photo|image|picture|video|graphic)s?(?: credit)?\\s*:.{0,150}|image caption.*|media caption.*"
                    + "|(?:copyright|©|\\(c\\)).{0,150}|all rights reserved.*|skip (?:to|advert).*"
                    + "|we use cookies.*|accept (?:all )?cookies.*|cookie (?:policy|settings).*"
                    + "|back to top|top of page|next article|previous article|up next\\b.*"
                    + "|getty images|reuters|associated press|\\(?ap photo.*|ap\\b)\\W*$");

    /** Promotions that can sit inside a longer line: newsletter pitches, contact lines, "click here". */
    private static final Pattern PROMOTION = Pattern.compile("(?i)"
            + "\\b(?:sign up|subscribe)\\b.{0,80}\\bnewsletters?\\b|\\bnewsletters?\\b.{0,80}\\b(?:sign up|subscribe)\\b"
            + "|delivered (?:straight |right )?(?:to|through|into|in) your (?:inbox|letterbox|mailbox|door)"
            + "|\\bclick here (?:for|to)\\b|\\b(?:can|may) be reached (?:at|by)\\b"
            + "|\\bfollow\\b.{0,60}\\bon (?:twitter|facebook|instagram|x)\\b"
            + "|\\bshare (?:it|this)(?: story| article| post)? with\\b"
            + "|\\bcontributed (?:to )?(?:this )?report(?:ing|s)?\\b|\\bcontributed to this (?:story|article)\\b"
            + "|(?:\\||/|\\bvia)\\s*(?:getty images|reuters|afp|ap photo|shutterstock|istock)\\W*$"
            + "|^\\[\\w+[^\\]]*=[^\\]]*\\].*\\[/\\w+\\]$");

    /** A copyright notice ("© 2026 The Coast Times", "All rights reserved.") or a wire credit ("Reporting by ..."). */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^\\W*(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}|by\\b)|\\ball rights reserved\\b"
                    + "|^\\W*(?:reporting|additional reporting|writing|editing|compiled|produced|edited) by\\b");

    /** A byline, maybe with a date: "By Ann Lee and Bo Chan - 11/18/19 11:04 PM EST". */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by)\\s+\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}"
                    + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3})*"
                    + "(?:\\s*[|\\-–—,]\\s*.{0,60})?$");

    private Furniture() {
    }

    /** Whether an element's class and id name it as furniture. */
    static boolean isFurnitureName(String className, String id) {
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        List<List<String>> classes = ElementNames.classes(className, id);
        boolean embed = false;
        boolean social = false;
        for (List<String> words : classes) {
            for (String w : words) {
                if (EXCEPTIONS.contains(w)) {
                    return false;
                }
                embed |= w.startsWith("embed");
                social |= SOCIAL.contains(w);
            }
        }
        if (embed && social) {
            return false;
        }
        for (List<String> words : classes) {
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (WORDS.contains(w)) {
                    return true;
                }
                for (String p : PREFIXES) {
                    if (w.startsWith(p)) {
                        return true;
                    }
                }
                if (i + 1 < words.size() && PAIRS.contains(w + " " + words.get(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "relatedposts", "sidebarleft": a long furniture word that starts a glued name; "commentary" is not one. */
    private static boolean startsWithLongWord(String w, Set<String> vocabulary) {
        if (w.length() < 7 || EXCEPTIONS.contains(w)) {
            return false;
        }
        for (int end = 5; end < w.length() - 1; end++) {
            if (vocabulary.contains(w.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a class or id word of an element is one of {@code vocabulary}. */
    static boolean named(String className, String id, Set<String> vocabulary) {
        for (List<String> words : ElementNames.classes(className, id)) {
            for (String w : words) {
                if (vocabulary.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Score adjustment for a candidate container from its class and id: positive for content names, negative
     * for names of furniture. A content word counts only in a class that no furniture or label word qualifies.
     */
    static int nameWeight(String className, String id) {
        int weight = 0;
        for (String name : new String[] {className, id}) {
            if (name.isEmpty()) {
                continue;
            }
            boolean unlikely = false;
            boolean content = false;
            for (List<String> words : ElementNames.classes(name, "")) {
                boolean qualified = false;
                boolean contentWord = false;
                for (String w : words) {
                    if (ElementNames.isWordOf(w, UNLIKELY_WORDS) || startsWithLongWord(w, UNLIKELY_WORDS)) {
                        unlikely = true;
                        qualified = true;
                    } else if (LABEL_WORDS.contains(w)) {
                        qualified = true;
                    } else if (ElementNames.isWordOf(w, CONTENT_WORDS)) {
                        contentWord = true;
                    }
                }
                content |= contentWord && !qualified;
            }
            weight += (unlikely ? -NAME_WEIGHT : 0) + (content ? NAME_WEIGHT : 0);
        }
        return weight;
    }

    /**
     * Whether a short line of text is furniture (a share prompt, a credit, an advertisement label). Labels
     * such as "Related ..." or "Share the ..." only count when the line is not a sentence of the report:
     * "Share the road, police urged drivers on Tuesday." stays.
     */
    static boolean isFurnitureLine(String line) {
        if (line.length() <= 300 && (PROMOTION.matcher(line).find() || COPYRIGHT.matcher(line).find())) {
            return true;
        }
        if (isSentence(line)) {
            return false;
        }
        return line.length() <= 200 && FURNITURE_LINE.matcher(line).matches()
                || line.length() <= 100 && BYLINE.matcher(line).matches();
    }

    /** Eight words or more ending like a sentence, in any script. */
    static boolean isSentence(String line) {
        return TextMeasure.endsSentence(line) && TextMeasure.words(line) >= 8;
    }
}
