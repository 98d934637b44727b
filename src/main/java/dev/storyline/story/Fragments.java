package dev.storyline.story;

import dev.storyline.text.PartsOfSpeech;
import dev.storyline.text.PartsOfSpeech.Token;
import dev.storyline.text.Words;
import dev.storyline.time.TemporalTagger;
import dev.storyline.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a sentence a reader could not take on its own: a piece of a sentence (cut by the splitter, with
 * no main verb, a quotation or parenthesis left open), page furniture (a photo caption or credit, a
 * teaser), or, given the sentences before it on the page, one that opens on a reference to something the
 * page has not introduced ("He", "This policy", "The two", "Two, she ..."; a surname whose full name the
 * page has not given). {@code eval story} counts what it flags; the synthesizer keeps such sentences off
 * the page. Stateless.
 */
public final class Fragments {

    private static final int MIN_WORDS = 4;
    /** "Takaichi, right, and Lee, left, hold ...", "(Photo: ...)", "Getty Images": a picture's caption or credit. */
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(?:,\\s*(?:left|right|centre|center|second from (?:left|right)|top|bottom|above|below|in the foreground|foreground)\\s*[,)]"
                    + "|\\((?:left|right|centre|center|pictured|file|photo|pic)\\b|\\b(?:photo|image|picture|pictures|photograph|video|credit)\\s*:"
                    + "|getty images|\\bafp/|/afp\\b|\\bap photo\\b|/ap\\b|reuters/|\\bfile photo\\b|\\bpictured\\b|\\bphoto(?:graph)? by\\b"
                    + "|\\bshutterstock\\b|\\bepa\\b/|\\bin this (?:photo|picture|image|handout)\\b)");
    private static final Pattern TEASER = Pattern.compile(
            "(?i)\\b(?:read more|read the full|click here|tap here|watch:|watch the video|see also|related:|more:|sign up|"
                    + "subscribe|follow us|scroll down|share this|continue reading|listen:|download the app|join the conversation)\\b");
    /** "Friday and charged with ...", "6 feet) wide", "- caliber revolver": the start went to the sentence before. */
    private static final Pattern CUT_START = Pattern.compile(
            "^(?:[)\\]”’,;:]|-\\s|\\d+(?:\\.\\d+)?\\s+\\p{Ll}+\\)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                    + "January|February|March|April|June|July|August|September|October|November|December)\\s+(?:and|that|but|or|when|after)\\s+\\p{Ll}"
                    // "The also said that": the noun after the article was lost
                    + "|(?:The|A|An)\\s+(?:also|said|says|has|had|was|were|is|are|will|would|did|does)\\b)");
    private static final Pattern CUT_END = Pattern.compile(
            "(?:\\b(?:Mt|St|Ft|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Dr|Mr|Mrs|Ms|No|Nos|vs)\\.|\\(\\d+\\.|\\b[ap]\\.)$");
    /** Openers that need the sentence before them, whatever the page holds. */
    private static final Pattern CONNECTIVE = Pattern.compile(
            "^(?:but|and|or|so|also|however|meanwhile|still|yet|instead|moreover|furthermore|besides|likewise|similarly|"
                    + "otherwise|thus|hence|therefore|nevertheless|nonetheless|then|again|as well|as a result|in addition|"
                    + "in turn|for example|for instance|by contrast|in response|even so|on the other hand)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSONAL = Pattern.compile("^(?:he|she|they|his|her|their|him|them|it|its)\\b", Pattern.CASE_INSENSITIVE);
    /** "This policy", "These measures", "Such a move": the noun must be on the page before. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile(
            "^(?:this|that|these|those|such(?: an?)?|the same)\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_DEMONSTRATIVE = Pattern.compile("^(?:this|that|these|those|here|there)\\b", Pattern.CASE_INSENSITIVE);
    /** "The two", "Both men", "Two, she ...", "One of them", "The other", "The latter", "The pair". */
    private static final Pattern COUNTED = Pattern.compile(
            "^(?:(?:the|all|both)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b(?!\\s?-)(?:\\s+of\\s+(?:them|those|these))?"
                    + "|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s*,|(?:one|two|three|four|five|both|each|neither|either|some|many|most|all|none)\\s+of\\s+(?:them|those|these|whom)\\b"
                    + "|both\\b|the (?:other|others|latter|former|pair|couple|trio|duo|rest)\\b|one\\b.*\\bthe other\\b|another\\b|others\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTED_NOUN = Pattern.compile(
            "^(?:the|all|both)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(\\p{Ll}+)\\b", Pattern.CASE_INSENSITIVE);
    /** "The actress has ...", "The man, from ...": a bare role noun pointing back to a name. */
    private static final Pattern BARE_ROLE = Pattern.compile(
            "^The ((?:\\p{Ll}+-)?\\p{Ll}+)(?:,| (?:has|had|have|was|were|is|are|did|does|who|will|would|could|should|can|may|might|also)\\b)");
    /** A short opening phrase closed by a comma: a circumstance or a subordinate clause before the main one. */
    private static final Pattern LEADING_PHRASE = Pattern.compile(
            "^((?:In|On|At|After|When|While|As|Because|Although|Though|Before|Since|Until|If|Once|Outside|Inside|During|Last|Earlier|Later|Keeping|Having)\\b[^,]{0,60}),\\s+");
    private static final Pattern OPENING_REFERENCE = Pattern.compile(
            "(?i)\\b(?:he|she|they|his|her|their|him|them|it|its)\\b|\\b(?:one|two|three|four|five|some|both|all|each) of (?:them|those|these)\\b");
    /** "..., he said." : whose words they are is on another sentence. */
    private static final Pattern SAID_BY_PRONOUN = Pattern.compile("(?i),\\s+(?:he|she|they)\\s+(?:said|says|added|told [\\p{L} ]{1,30}|explained|noted)\\.?[\"”’]?$");
    private static final Pattern LEADING_NAME = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?:'s|’s)?\\s+\\p{Ll}");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "police", "officials", "authorities",
            "prosecutors", "witnesses", "residents", "investigators", "doctors", "experts", "critics", "analysts",
            "protesters", "rescuers", "firefighters", "troops", "soldiers", "lawmakers", "voters", "shares");
    /**
     * "the gang", "the men", "the suspect": people the sentence refers to as already known. A definite
     * description of a place or an institution ("the police", "the city") is known to any reader; one of
     * these needs its antecedent on the page. A modifier after the noun ("the men who", "the suspect in
     * the killing", "the woman accused of") or a name before it (", the suspect,") introduces them there.
     */
    private static final Pattern DEFINITE_PERSON = Pattern.compile(
            "\\b(?i:the)\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|[\\p{Ll}-]+)\\s+)?"
                    + "(men|man|women|woman|boys?|girls?|child|children|suspects?|gunm[ae]n|attackers?|assailants?|gangs?|"
                    + "couple|pair|duo|trio|teenagers?|teens?|youths?|drivers?|robbers?|thief|thieves|killers?|shooters?|hijackers?|"
                    + "pirates|kidnappers?|bombers?|intruders?|accused|defendants?|inmates?|prisoners?|fugitives?|escapees?|"
                    + "culprits?|perpetrators?|offenders?|hostages?|captives?|brothers|sisters|group)\\b"
                    + "(?!\\s*(?:'s|’s)?\\s*(?:of|who|whom|whose|that|accused|charged|suspected|believed|identified|named|known|behind|in|from|involved|responsible|arrested|held|killed|wounded|injured)\\b)");
    private static final Pattern APPOSITION = Pattern.compile("\\p{Lu}[\\p{L}.'-]*,\\s*$");
    /** "Days later", "the next day", "that night": a time counted from a moment the page must have given. */
    private static final Pattern TEMPORAL_ANAPHORA = Pattern.compile(
            "(?i)\\b(?:(?:a|an|two|three|four|five|several|few|\\d+)\\s+)?(?:days|hours|weeks|months|minutes|day|hour|week|month|moments)\\s+later\\b"
                    + "|\\b(?:the\\s+)?(?:next|following|previous|preceding)\\s+(?:day|morning|afternoon|evening|night|week|month)\\b"
                    + "|\\bthe\\s+(?:day|night|week)\\s+(?:before|after)\\b(?!\\s+(?:the|a|an|his|her|their|its|last|\\p{Lu}))"
                    + "|\\b(?:later|earlier)\\s+that\\s+(?:day|morning|afternoon|evening|night|week)\\b"
                    + "|\\b(?:that|the same)\\s+(?:day|morning|afternoon|evening|night)\\b");
    /** "arrested the two on Friday": a count standing for people the page must have counted. */
    private static final Pattern BARE_COUNT = Pattern.compile(
            "(?i)\\bthe\\s+(two|three|four|five|six|seven|eight|nine|ten)(?=\\s*[,.;:]|\\s+(?:were|are|was|had|have|will|would|could|"
                    + "on|in|at|after|before|to|and|or|who|with|from|for)\\b)");
    private static final Map<String, String> SINGULAR = Map.of("men", "man", "women", "woman", "children", "child",
            "gunmen", "gunman", "thieves", "thief", "people", "person");
    private static final TemporalTagger TIMES = new TemporalTagger();
    private static final Set<String> SPEAKING = Set.of("said", "says", "told", "added", "explained", "stated", "insisted", "warned");

    private Fragments() {
    }

    /** Why the sentence cannot stand on a page on its own, whatever comes before it; empty when it can. */
    public static Optional<String> problem(String sentence) {
        Optional<String> surface = surfaceProblem(sentence);
        if (surface.isPresent()) {
            return surface;
        }
        List<Token> tokens = PartsOfSpeech.tag(sentence);
        if (!tokens.isEmpty() && tokens.get(0).isVerb() && !tokens.get(0).text().toLowerCase(Locale.ROOT).endsWith("ing")
                && !tokens.get(0).text().matches("(?i)let|say|see|look|read|watch|meet")) {
            // "Made her way to the third-floor room": the subject went to the sentence before
            return Optional.of("no subject");
        }
        return hasMainVerb(tokens) ? Optional.empty() : Optional.of("no main verb");
    }

    /** The checks of {@link #problem} that need no tagger: cheap enough for every candidate sentence. */
    public static Optional<String> surfaceProblem(String sentence) {
        String s = sentence == null ? "" : sentence.strip();
        if (Headings.words(s).size() < MIN_WORDS) {
            return Optional.of("too short");
        }
        int first = s.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return Optional.of("opens in lower case");
        }
        if (CUT_START.matcher(s).lookingAt()) {
            return Optional.of("starts inside a sentence");
        }
        if (!s.matches("(?s).*[.!?…](?:[\"”’')\\]]*)$") && !s.matches("(?s).*[\"”’]$")) {
            return Optional.of("no closing mark");
        }
        if (CUT_END.matcher(s).find()) {
            return Optional.of("cut after an abbreviation");
        }
        if (!SentenceQuality.balancedQuotes(s)) {
            return Optional.of("quotation cut in half");
        }
        if (count(s, '(') != count(s, ')')) {
            return Optional.of("parenthesis cut in half");
        }
        if (CAPTION.matcher(s).find()) {
            return Optional.of("photo caption or credit");
        }
        if (TEASER.matcher(s).find()) {
            return Optional.of("teaser");
        }
        if (s.contains("...") || s.contains("…")) {
            return Optional.of("elided");
        }
        return Optional.empty();
    }

    /**
     * The reference the sentence opens on whose antecedent is not in {@code before} (the page's earlier
     * sentences, headline first, in order); empty when there is none.
     *
     * @param fullNames names of more than one word that the story's sources give ("Tim Fanning"): a
     *                  sentence opening on "Fanning" needs the full name before it
     */
    public static Optional<String> danglingReference(String sentence, List<String> before, Set<String> fullNames) {
        String s = sentence.strip().replaceFirst("^[\"“‘']", "");
        String earlier = String.join(" ", before);
        String previous = before.isEmpty() ? "" : before.get(before.size() - 1);
        if (CONNECTIVE.matcher(s).lookingAt()) {
            return Optional.of("opens on a connective");
        }
        var counted = COUNTED_NOUN.matcher(s);
        if (counted.lookingAt()) {
            return mentions(earlier, counted.group(1)) ? Optional.empty() : Optional.of("counts what the page has not named");
        }
        if (COUNTED.matcher(s).lookingAt()) {
            return Optional.of("counts what the page has not named");
        }
        if (PERSONAL.matcher(s).lookingAt()) {
            return Optional.of("opens on a pronoun");
        }
        var demonstrative = DEMONSTRATIVE.matcher(s);
        if (demonstrative.lookingAt()) {
            // "This cooperative policy was": the noun is the last word before the verb
            String noun = null;
            for (String w : demonstrative.group(1).split("\\s+")) {
                if (isVerbLike(w)) {
                    break;
                }
                noun = w;
            }
            if (noun != null) {
                return mentions(earlier, noun) ? Optional.empty() : Optional.of("points back to what the page has not said");
            }
        }
        if (BARE_DEMONSTRATIVE.matcher(s).lookingAt()) {
            return Optional.of("points back to what the page has not said");
        }
        var role = BARE_ROLE.matcher(s);
        if (role.lookingAt()) {
            return mentions(earlier, role.group(1)) ? Optional.empty() : Optional.of("names someone only by role");
        }
        Optional<String> surname = surnameFirst(s, earlier, fullNames);
        if (surname.isPresent()) {
            return surname;
        }
        if (quotedByPronoun(s)) {
            return Optional.of("quotation cut from its speaker");
        }
        if (SAID_BY_PRONOUN.matcher(s).find()) {
            return Optional.of("attributed to a pronoun");
        }
        var lead = LEADING_PHRASE.matcher(s);
        if (lead.lookingAt()) {
            // "In 1955, she appeared", "While two of them fled, the ship": the reference sits after the opening
            String opening = lead.group(1);
            String main = s.substring(lead.end());
            boolean cataphora = main.matches("^\\p{Lu}\\p{Ll}+.*") && !PERSONAL.matcher(main).lookingAt()
                    && !main.matches("^(?:The|A|An|This|That|These|Those)\\b.*");
            if (PERSONAL.matcher(main).lookingAt() || COUNTED.matcher(main).lookingAt() && !COUNTED_NOUN.matcher(main).lookingAt()) {
                return Optional.of("opens on a pronoun after its opening phrase");
            }
            if (OPENING_REFERENCE.matcher(opening).find() && !cataphora) {
                return Optional.of("opening phrase points back to what the page has not said");
            }
            Optional<String> afterOpening = surnameFirst(main, earlier, fullNames);
            if (afterOpening.isPresent()) {
                return afterOpening;
            }
        }
        Optional<String> person = unintroducedPerson(s, earlier);
        if (person.isPresent()) {
            return person;
        }
        if (TEMPORAL_ANAPHORA.matcher(s).find() && before.stream().noneMatch(Fragments::dates)) {
            return Optional.of("counts time from a moment the page has not given");
        }
        return previous.isEmpty() && s.isEmpty() ? Optional.of("empty") : Optional.empty();
    }

    /**
     * The reference the sentence opens on, to someone or (see {@link ThingReferences}) to something, whose
     * antecedent is not in {@code before}: what the page, read in order, must not show before its antecedent.
     * {@link #danglingReference} alone is what a sentence must pass to be a fact at all; a thing reference
     * only waits on the page, since a raid named earlier makes "The raid" read well.
     */
    public static Optional<String> pageReference(String sentence, List<String> before, Set<String> fullNames) {
        Optional<String> person = danglingReference(sentence, before, fullNames);
        if (person.isPresent()) {
            return person;
        }
        String s = sentence.strip().replaceFirst("^[\"“‘']", "");
        String earlier = String.join(" ", before);
        var lead = LEADING_PHRASE.matcher(s);
        String main = lead.lookingAt() ? s.substring(lead.end()) : s;
        return ThingReferences.unintroduced(main, earlier);
    }

    /** "the gang", "the two men" with neither the noun nor, for "the two", the count earlier on the page. */
    private static Optional<String> unintroducedPerson(String s, String earlier) {
        var m = DEFINITE_PERSON.matcher(s);
        while (m.find()) {
            // "Mark Hale, the suspect, was": an appositive to the name before it
            boolean appositive = APPOSITION.matcher(s.substring(0, m.start())).find() && s.startsWith(",", m.end());
            if (!appositive && !mentions(earlier, base(m.group(1)))) {
                return Optional.of("refers to people the page has not introduced");
            }
        }
        var count = BARE_COUNT.matcher(s);
        while (count.find()) {
            String figure = Support.NUMBER_WORDS.get(count.group(1).toLowerCase(Locale.ROOT));
            if (!mentions(earlier, count.group(1)) && !Words.numbers(earlier).contains(figure)) {
                return Optional.of("counts what the page has not named");
            }
        }
        return Optional.empty();
    }

    /** True when the sentence gives a moment of its own: a date or a time of day. */
    private static boolean dates(String sentence) {
        return TIMES.tag(sentence, null).stream().anyMatch(t -> t.type() == TimeExpression.Type.DATE
                || t.type() == TimeExpression.Type.TIME);
    }

    private static String base(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return SINGULAR.getOrDefault(lower, lower);
    }

    /**
     * For each page sentence in order, why it is a fragment given the sentences before it ({@code null} when
     * it is not). {@code headline} counts as the first thing on the page.
     */
    public static List<String> flag(String headline, List<String> pageSentences, Set<String> fullNames) {
        List<String> before = new ArrayList<>();
        if (headline != null && !headline.isBlank()) {
            before.add(headline);
        }
        List<String> out = new ArrayList<>();
        for (String s : pageSentences) {
            out.add(problem(s).or(() -> pageReference(s, before, fullNames)).orElse(null));
            before.add(s);
        }
        return out;
    }

    /**
     * The sections with each sentence that, read in page order after the headline, refers to what the
     * page has not introduced moved to just after the sentence that introduces it, or left out when none
     * does; a section whose sentences changed gets its heading written anew, and one left empty goes.
     */
    static List<StoryPage.Section> keepIntroduced(String headline, List<StoryPage.Section> sections, Set<String> fullNames) {
        List<String> before = new ArrayList<>(List.of(headline));
        List<StoryPage.Section> out = new ArrayList<>();
        Set<String> headings = new java.util.HashSet<>();
        // a sentence whose referent comes later on the page waits for it and follows the sentence that
        // introduces it; one still waiting at the end of the page is left out
        List<StoryPage.CitedSentence> waiting = new ArrayList<>();
        for (StoryPage.Section section : sections) {
            List<StoryPage.CitedSentence> kept = new ArrayList<>();
            for (StoryPage.CitedSentence s : section.sentences()) {
                if (pageReference(s.text(), before, fullNames).isPresent()) {
                    waiting.add(s);
                    continue;
                }
                kept.add(s);
                before.add(s.text());
                for (boolean placed = true; placed; ) {
                    placed = false;
                    for (var w = waiting.iterator(); w.hasNext(); ) {
                        StoryPage.CitedSentence next = w.next();
                        if (pageReference(next.text(), before, fullNames).isEmpty()) {
                            w.remove();
                            kept.add(next);
                            before.add(next.text());
                            placed = true;
                        }
                    }
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            String heading = kept.equals(section.sentences()) ? section.heading()
                    : SectionHeading.best(kept.stream().map(StoryPage.CitedSentence::text).toList(), headings);
            headings.add(heading.toLowerCase(Locale.ROOT));
            out.add(new StoryPage.Section(heading, kept));
        }
        return out;
    }

    /** The share of the page sentences that {@link #flag} flags, 0 for no sentences. */
    public static double share(String headline, List<String> pageSentences, Set<String> fullNames) {
        if (pageSentences.isEmpty()) {
            return 0;
        }
        return flag(headline, pageSentences, fullNames).stream().filter(p -> p != null).count() / (double) pageSentences.size();
    }

    /** A clause that opens on a surname ("Fanning said") whose full name the page has not given yet. */
    private static Optional<String> surnameFirst(String clause, String earlier, Set<String> fullNames) {
        var name = LEADING_NAME.matcher(clause);
        if (name.lookingAt() && !NOT_NAMES.contains(name.group(1).toLowerCase(Locale.ROOT))) {
            String surname = name.group(1);
            boolean partOfFullName = fullNames.stream().anyMatch(n -> n.endsWith(" " + surname) || n.contains(" " + surname + " "));
            if (partOfFullName && !Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(earlier).find()) {
                return Optional.of("surname before the full name");
            }
        }
        return Optional.empty();
    }

    /** "“We will win,” he said.": whose words they are is on another sentence. */
    private static boolean quotedByPronoun(String s) {
        return s.matches("(?is)^.*[\"”’],?\\s+(?:he|she|they|it)\\s+(?:" + String.join("|", SPEAKING) + ")\\b.*")
                || s.matches("(?is)^.*[\"”’],?\\s+(?:" + String.join("|", SPEAKING) + ")\\s+(?:he|she|they)\\b.*");
    }

    private static boolean mentions(String text, String word) {
        String stem = Words.stem(base(word));
        return Words.tokens(text).stream().map(t -> Words.stem(base(t))).anyMatch(stem::equals);
    }

    private static boolean isVerbLike(String word) {
        return Set.of("is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might",
                "should", "must", "does", "did").contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when a verb stands outside an opening phrase and outside relative clauses. */
    static boolean hasMainVerb(List<Token> tokens) {
        int from = 0;
        if (!tokens.isEmpty() && (tokens.get(0).tag().equals("ADP") || tokens.get(0).tag().equals("SCONJ")
                || tokens.size() > 1 && tokens.get(1).text().equalsIgnoreCase("to") && tokens.get(0).tag().equals("ADJ"))) {
            // "Prior to this check-in to Betty Ford, which ...": the opening phrase holds no main clause
            while (from < tokens.size() && !tokens.get(from).text().equals(",")) {
                from++;
            }
            if (from == tokens.size()) {
                // no comma closes it: the opening phrase is the subject's ("At least a dozen workers were ...")
                from = 0;
            } else if (tokens.get(0).tag().equals("ADP") && finiteVerbIn(tokens, 0, from)) {
                // a prepositional opening holds no verb of its own: one before the comma is the main clause's
                // ("On Tuesday evening a 6.4 magnitude earthquake hit Kefalonia, a Greek island, ...")
                from = 0;
            }
        }
        boolean relative = false;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.text().equals(",")) {
                relative = i + 1 < tokens.size() && Set.of("which", "who", "whom", "whose", "where", "when")
                        .contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
            } else if (!relative && (t.tag().equals("VERB") || t.tag().equals("AUX")) && !w.endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    private static boolean finiteVerbIn(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if ((t.tag().equals("VERB") || t.tag().equals("AUX")) && !t.text().toLowerCase(Locale.ROOT).endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
