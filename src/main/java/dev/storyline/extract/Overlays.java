package dev.storyline.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises the panels a page lays over its article, cookie and consent notices, newsletter and sign-up
 * dialogs, paywall prompts, by what they are rather than by what a site calls them: a container that
 * is modal or fixed on screen ({@code role="dialog"}, {@code aria-modal}, {@code position: fixed}, a
 * {@code <dialog>}), or a panel at the top of the page, that offers buttons to press and speaks the
 * vocabulary of consent or sign-up in any of the languages most news is written in. Such a panel goes
 * however long its paragraphs are. Stateless and thread-safe.
 */
final class Overlays {

    /** Words of a class or id that name a panel laid over the page. */
    private static final Set<String> PANEL_WORDS = Set.of("modal", "popup", "overlay", "lightbox", "dialog",
            "consent", "cookie", "cookies", "cmp", "gdpr", "banner", "notice", "notification", "message", "prompt",
            "wall", "interstitial", "layer", "flyout", "drawer", "sheet", "privacy", "optin", "tcf", "didomi",
            "onetrust", "usercentrics", "sourcepoint", "quantcast");

    /**
     * Consent and sign-up vocabulary. Each match is one piece of evidence; a panel needs two. Scripts without
     * spaces are matched without word boundaries.
     */
    private static final Pattern VOCABULARY = Pattern.compile("(?iu)"
            // English
            + "\\b(?:cookies?|consent|privacy (?:policy|settings|notice)|personal data|our partners|third[- ]part(?:y|ies)"
            + "|legitimate interest|accept all|reject all|i agree|manage (?:options|preferences|settings)"
            + "|newsletters?|subscribe|sign up|e-?mail address|your inbox|already a subscriber|create an account)\\b"
            // German, Dutch, Scandinavian
            + "|\\b(?:einwilligung|zustimm\\w*|akzeptieren|datenschutz\\w*|alle akzeptieren|abonnieren|anmelden"
            + "|toestemming|accepteren|akkoord|samtycke|godkänn\\w*|samtykke|acceptér|hyväksy\\w*|evästee\\w*)\\b"
            // Romance languages
            + "|\\b(?:consentement|accepter|tout accepter|j'accepte|vie privée|données personnelles|s'abonner|inscri\\w+"
            + "|consentimiento|aceptar|privacidad|datos personales|suscr[ií]b\\w*|bolet[ií]n"
            + "|consenso|accett\\w+|iscriviti|consentimento|aceitar|privacidade|dados pessoais|assine|cadastre"
            + "|consimț\\w*)\\b"
            // Central and eastern Europe, Turkish, Greek
            + "|\\b(?:zgod\\w*|akceptuj\\w*|prywatno\\w*|souhlas\\w*|přijmout|hozzájárul\\w*|elfogad\\w*"
            + "|согла\\w*|принять|куки|файл\\w* cookie|підписат\\w*|прийняти|çerez\\w*|kabul|onay\\w*"
            + "|συναίνεση|αποδοχή|απόρρητο)\\b"
            // Arabic, Persian, Hebrew, Indonesian, Vietnamese, Hindi
            + "|ملفات تعريف الارتباط|موافق|الخصوصية|اشترك|کوکی|پذیرش|עוגיות|הסכמה|מסכים"
            + "|\\b(?:persetujuan|setuju|langganan|đồng ý|chấp nhận|quyền riêng tư)\\b|सहमति|स्वीकार"
            // Chinese, Japanese, Korean, Thai
            + "|同意|隐私|隱私|订阅|訂閱|クッキー|プライバシー|購読|登録|쿠키|동의|개인정보|구독|คุกกี้|ยอมรับ|ความเป็นส่วนตัว");

    private static final Pattern FIXED = Pattern.compile("position\\s*:\\s*(?:fixed|sticky)");

    private Overlays() {
    }

    /** The overlay panels in a page body: each is the panel around a button, with the vocabulary of one. */
    static Set<Element> find(Element root, int pageChars) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element button : root.select("button, input[type=submit], input[type=button], [role=button], "
                + "a[class*=btn], a[class*=button]")) {
            String label = button.normalName().equals("input") ? button.attr("value") : button.text();
            if (label.length() > 60 || inside(button, out)) {
                continue;
            }
            Element panel = panelAround(button, root);
            if (panel == null) {
                continue;
            }
            // A panel only by its place at the top of the page must also be short: an article about privacy
            // rules, with a share button, is not a consent notice.
            boolean laidOver = isModal(panel) || Furniture.named(panel.className(), panel.id(), PANEL_WORDS);
            String text = panel.text();
            if (text.length() <= (laidOver ? pageChars / 2 : Math.min(pageChars / 2, 2500)) && evidence(text) >= 2
                    && (laidOver || proseOutsideVocabulary(panel) < 2)) {
                out.add(panel);
            }
        }
        return out;
    }

    /** Whether an element is modal or fixed on screen: it is laid over the page, not part of it. */
    static boolean isModal(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (e.normalName().equals("dialog") || role.equals("dialog") || role.equals("alertdialog")
                || "true".equalsIgnoreCase(e.attr("aria-modal"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && FIXED.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /** The nearest modal, fixed or panel-named container of a button, else its ancestor at the top of the page. */
    private static Element panelAround(Element button, Element root) {
        int level = 0;
        for (Element a = button.parent(); a != null && a != root && level < 14; a = a.parent(), level++) {
            if (isModal(a) || Furniture.named(a.className(), a.id(), PANEL_WORDS) || a.parent() == root) {
                return a;
            }
        }
        return null;
    }

    /** Paragraphs of some length that say nothing of consent or sign-up: the report's, not a notice's. */
    private static int proseOutsideVocabulary(Element panel) {
        int n = 0;
        for (Element p : panel.getElementsByTag("p")) {
            String t = p.text();
            if (t.length() > 100 && !VOCABULARY.matcher(t).find() && ++n >= 2) {
                break;
            }
        }
        return n;
    }

    /** How many distinct pieces of consent or sign-up vocabulary a text holds (at most three are counted). */
    static int evidence(String text) {
        Matcher m = VOCABULARY.matcher(text);
        Set<String> seen = new java.util.HashSet<>();
        while (m.find() && seen.size() < 3) {
            seen.add(m.group().toLowerCase(Locale.ROOT));
        }
        return seen.size();
    }

    private static boolean inside(Element e, Set<Element> panels) {
        if (panels.isEmpty()) {
            return false;
        }
        for (Element a = e; a != null; a = a.parent()) {
            if (panels.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
