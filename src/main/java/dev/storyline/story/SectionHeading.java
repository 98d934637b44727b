package dev.storyline.story;

import dev.storyline.text.PartsOfSpeech;
import dev.storyline.text.PartsOfSpeech.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a section heading the way an editor would, from the section's facts: the top fact compressed
 * to who does what, in headline style ("The Indian navy has captured 23 Somalian pirates on Saturday"
 * gives "Indian navy captures 23 Somalian pirates", "A man was charged with murder after the shooting"
 * gives "Man charged with murder"), from its part-of-speech tags: the subject without articles or
 * appositions, the main verb in the present (a passive keeps its participle), its object and at most one
 * phrase after it. When no fact compresses (a pronoun subject, a negation, a clause too long), the
 * section's key phrase, the noun phrase that its facts share, names it. A heading has 3 to 9 words, is
 * never the first words of one of the section's sentences and never ends on a function word. Stateless.
 */
public final class SectionHeading {

    static final int MAX_WORDS = 9;
    static final int MIN_WORDS = 3;
    private static final int MAX_SUBJECT = 6;
    /** Reporting verbs that also take a plain object ("found the missing container", "confirmed the deal"). */
    private static final Set<String> TRANSITIVE_REPORTING = Set.of("find", "show", "reveal", "confirm", "announce", "report", "state");
    /** Verbs that report a clause: the heading is the reported clause, not the telling. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "allege", "confirm", "believe",
            "announce", "add", "state", "claim", "explain", "note", "insist", "warn", "write", "think", "indicate", "show", "reveal", "find");
    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening",
            "night", "earlier", "later", "last", "next", "early", "late", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "week", "month", "year",
            "weekend", "overnight", "recently", "now");
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "PUNCT", "SYM", "X", "INTJ");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> PLURAL_NOUNS = Set.of("police", "people", "authorities", "officials", "troops",
            "forces", "staff", "crew", "residents", "children", "men", "women");
    private static final Set<String> REPORTING_FORMS = Set.of("say", "says", "said", "allege", "alleges", "alleged",
            "report", "reports", "reported", "believe", "believes", "believed", "confirm", "confirms", "confirmed",
            "show", "shows", "showed", "reveal", "reveals", "revealed");
    /** Subjects a reported clause may have although they are pronouns: they point back to nothing. */
    private static final Set<String> NON_REFERRING = Set.of("no", "nobody", "none", "everyone", "everybody", "nothing", "someone", "one", "else");
    /** Past forms the tagger often takes for nouns or adjectives after a plural subject ("robbers stole diamonds"). */
    private static final Set<String> IRREGULAR_PAST = Set.of("stole", "took", "shot", "broke", "fled", "ran", "made", "went",
            "came", "saw", "hit", "threw", "drove", "struck", "fell", "won", "lost", "led", "left", "sank", "seized", "killed");
    static final Set<String> CLAUSE_WORDS = Set.of("when", "where", "while", "because", "after", "before", "as",
            "since", "until", "although", "though", "if", "whether", "which", "who", "that");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
    static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that", "where", "when");
    private static final Set<String> PARTITIVES = Set.of("much", "many", "most", "some", "all", "none", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several", "each", "both", "half", "part");

    private SectionHeading() {
    }

    /** The heading one sentence gives on its own (a label for a fact that sources tell differently). */
    public static String of(String sentence) {
        return best(List.of(sentence), Set.of());
    }

    /**
     * The heading of a section whose facts are {@code sentences}, most important first, that {@code used}
     * (lower-cased headings already on the page) does not hold yet.
     */
    public static String best(List<String> sentences, Set<String> used) {
        List<List<Token>> tagged = sentences.stream().map(SectionHeading::tagged).toList();
        // a shouted sentence's names cannot be told from its words: key phrases come from the others
        List<List<Token>> phrased = new ArrayList<>();
        for (int i = 0; i < tagged.size(); i++) {
            if (!HeadingTags.shouted(sentences.get(i))) {
                phrased.add(tagged.get(i));
            }
        }
        if (phrased.isEmpty()) {
            phrased = tagged;
        }
        for (int i = 0; i < tagged.size(); i++) {
            if (HeadingTags.shouted(sentences.get(i))) {
                continue;
            }
            Optional<String> h = compress(tagged.get(i)).filter(c -> acceptable(c, sentences, used));
            if (h.isPresent()) {
                return h.get();
            }
        }
        List<List<Token>> phrases = phrased;
        return KeyPhrase.of(phrases).filter(c -> acceptable(c, sentences, used))
                .or(() -> KeyPhrase.pair(phrases).filter(c -> acceptable(c, sentences, used)))
                .orElseGet(() -> KeyPhrase.names(phrases, used));
    }

    /** The sentence's tags, with the tagger's known slips mended for compression. */
    static List<Token> tagged(String sentence) {
        return HeadingTags.of(sentence);
    }

    /** A heading of 3 to 9 words, new on the page, that opens none of the section's sentences. */
    static boolean acceptable(String heading, List<String> sentences, Set<String> used) {
        List<String> words = Headings.words(heading);
        if (words.size() < MIN_WORDS || words.size() > MAX_WORDS || Headings.repeats(heading, used)) {
            return false;
        }
        return !Headings.endsWeak(heading) && HeadingGrammar.reads(heading) && SentenceQuality.balancedQuotes(heading) && Headings.balancedBrackets(heading)
                && sentences.stream().noneMatch(s -> Headings.isPrefixOf(heading, s));
    }

    /** The fact as who does what, when its tags show a subject, a main verb and something after it. */
    static Optional<String> compress(List<Token> tokens) {
        int verb = MainClause.mainVerb(tokens, 0);
        if (verb < 0) {
            return Optional.empty();
        }
        // "Police said the gunman fled": the reported clause is the fact
        if (REPORTING.contains(PartsOfSpeech.lemma(tokens.get(verb)))) {
            int inner = MainClause.mainVerb(tokens, verb + 1);
            if (inner > 0 && MainClause.clauseStart(tokens, verb + 1) < inner && !objectThenClause(tokens, verb + 1, inner)) {
                Optional<String> reported = compressAt(tokens, reportedStart(tokens, verb + 1, inner), inner, false);
                Optional<String> speaker = speaker(tokens, verb);
                if (reported.isPresent() && speaker.isPresent()
                        && Headings.words(speaker.get()).size() + Headings.words(reported.get()).size() <= MAX_WORDS - 2) {
                    // "Fanning said no one else was injured" gives "Fanning says no one else injured"
                    String says = speakerPlural(tokens, verb) ? " say " : " says ";
                    return Optional.of(speaker.get() + says + reported.get());
                }
                return reported.map(Headings::capitalise);
            }
            if (!TRANSITIVE_REPORTING.contains(PartsOfSpeech.lemma(tokens.get(verb)))) {
                return Optional.empty();
            }
        }
        int from = MainClause.clauseStart(tokens, 0);
        for (int i = from + 1; i < verb; i++) {
            if (IRREGULAR_PAST.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) && !tokens.get(i).isVerb()
                    && tokens.get(i - 1).isNoun()) {
                return compressAt(tokens, from, i, true);
            }
        }
        return compressAt(tokens, from, verb, true);
    }

    /**
     * "reported deaths, but an activist who spoke ... said": a comma before the next verb, with no "that"
     * after the telling, means the telling took an object and the verb belongs to another clause.
     */
    private static boolean objectThenClause(List<Token> tokens, int from, int verb) {
        boolean that = false;
        for (int i = from; i < verb; i++) {
            String w = tokens.get(i).text();
            that |= w.equalsIgnoreCase("that");
            if (w.equals(",") && !that) {
                return true;
            }
        }
        return false;
    }

    /** Where a reported clause begins: after "that" when the telling names whom it told ("told a judge that"). */
    private static int reportedStart(List<Token> tokens, int from, int verb) {
        for (int i = from; i < Math.min(verb, from + 5); i++) {
            if (tokens.get(i).text().equalsIgnoreCase("that")) {
                return i + 1;
            }
        }
        return MainClause.clauseStart(tokens, from);
    }

    private static Optional<String> compressAt(List<Token> tokens, int from, int verb, boolean capitalise) {
        // the subject: what precedes the verb in its clause, without articles, appositions or adverbs
        int start = from;
        // "On sighting the warship, the pirates": the subject follows an opening phrase; after a name or a
        // noun the comma opens an apposition or a relative clause instead
        // "Unlike stars Lawrence, Hutcherson and Hemsworth, Ross is": after an opening phrase, a list may go on
        boolean listed = from > 0 && tokens.get(from - 1).text().equals(",") && tokens.get(0).tag().matches("ADP|SCONJ");
        // "Two top leaders of the sect in Bountiful, B.C., have been": a count or an adjective opens the subject itself
        boolean opening = from < verb && (listed || !tokens.get(from).isNoun() && !tokens.get(from).tag().equals("DET")
                && !tokens.get(from).tag().equals("NUM") && !(tokens.get(from).tag().equals("ADJ") && !TIME_WORDS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))));
        for (int i = from; i < verb && opening; i++) {
            if (tokens.get(i).text().equals(",") && hasNoun(tokens, i + 1, verb) && !(i + 1 < verb
                    && RELATIVES.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)))) {
                start = i + 1;
            }
        }
        List<Token> subject = new ArrayList<>();
        int depth = 0;
        boolean apposition = false;
        boolean modifier = false;
        int lastComma = -1;
        for (int i = start; i < verb; i++) {
            lastComma = tokens.get(i).text().equals(",") ? i : lastComma;
        }
        for (int i = start; i < verb; i++) {
            Token t = tokens.get(i);
            String w = t.text();
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (w.equals(",")) {
                // "Esther Williams, swimming champion, actress, and pin-up icon, has died": the apposition
                // runs to the last comma before the verb
                apposition = i != lastComma && !subject.isEmpty();
                if (i + 1 < verb && Set.of("but", "yet", "so", "while").contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                    // "deaths, but an activist ... said": a new clause begins after the conjunction
                    subject.clear();
                    apposition = false;
                    modifier = false;
                    i++;
                }
            } else if (REPORTING_FORMS.contains(lower) && !subject.isEmpty()) {
                // "Police allege Eric Kirkpatrick opened fire": the tagger missed the telling verb
                subject.clear();
                modifier = false;
            } else if (depth == 0 && !apposition && !subject.isEmpty() && t.tag().equals("PRON")
                    && Set.of("who", "which", "that").contains(lower) && subject.get(subject.size() - 1).isNoun()) {
                // "A clerk who had been dismissed for fraud sued": the relative clause is left out
                modifier = true;
            } else if (depth == 0 && !apposition && !subject.isEmpty() && (RELATIVES.contains(lower) && !t.tag().equals("DET")
                    || t.tag().equals("SCONJ"))) {
                // "insistence that the measures are vital": the subject carries a clause of its own that no
                // heading can hold
                return Optional.empty();
            } else if (depth == 0 && !apposition && !subject.isEmpty() && t.isVerb() && subject.get(subject.size() - 1).isNoun()) {
                // "The Indian Navy patrolling the Gulf of Aden thwarted": the participle's phrase is left out
                modifier = true;
            } else if (depth == 0 && !apposition && !modifier && HeadingTags.possessive(t)) {
                // "Papandreou's Socialists", "Reid's representative": the possessive stays with its noun
                if (!subject.isEmpty()) {
                    subject.add(t);
                }
            } else if (depth == 0 && !apposition && !modifier && !t.tag().equals("AUX") && !t.tag().equals("ADV")
                    && !(t.tag().equals("PUNCT") && !isInnerHyphen(tokens, i, subject))
                    && !t.tag().equals("PART") && !isDay(tokens, i)
                    && !(subject.isEmpty() && (t.tag().equals("CCONJ") || t.tag().equals("VERB") || t.tag().equals("SCONJ") || lower.equals("that")))
                    && !(ARTICLES.contains(lower) && !afterPartitive(tokens, i))
                    && !(subject.isEmpty() && t.tag().equals("ADP") && i + 1 < verb && tokens.get(i + 1).text().equalsIgnoreCase("least"))) {
                subject.add(t);
            }
        }
        if (!subject.isEmpty() && (subject.get(subject.size() - 1).tag().equals("CCONJ")
                || subject.get(0).tag().equals("ADJ") && subject.get(0).text().endsWith("ed") && subject.size() > 1 && subject.get(1).tag().equals("CCONJ"))) {
            // "Nichols shot and killed": the tagger took the first verb for a noun; "injured and buildings
            // destroyed" has no subject at all
            // "Nichols shot and killed": the tagger took the first verb for a noun
            return Optional.empty();
        }
        for (int i = start; i < verb - 1; i++) {
            // "McAllister was the first witness called": the copula, not the participle, carries the clause
            if (COPULAS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) && i > start && hasNoun(tokens, i + 1, verb)) {
                return compressAt(tokens, from, i, capitalise);
            }
        }
        if (!subject.isEmpty() && subject.get(0).text().equalsIgnoreCase("least")) {
            subject.remove(0);
        }
        if (subject.size() > MAX_SUBJECT || subject.stream().anyMatch(t -> t.tag().equals("CCONJ"))) {
            // ""American Pie" actress and former travel reporter Tara Reid checked in": the name the roles
            // describe is the subject a heading keeps
            List<Token> name = trailingName(subject);
            if (name.size() >= 2) {
                subject = name;
            }
        }
        boolean nonReferring = !subject.isEmpty() && subject.stream().allMatch(t -> NON_REFERRING.contains(t.text().toLowerCase(Locale.ROOT)));
        if (subject.isEmpty() || subject.size() > MAX_SUBJECT || subject.stream().noneMatch(Token::isNoun) && !nonReferring
                || subject.get(0).tag().equals("PRON") && !nonReferring || subject.get(0).tag().equals("SCONJ") || subject.get(0).tag().equals("ADP")) {
            return Optional.empty();
        }
        List<String> aux = new ArrayList<>();
        for (int i = verb - 1; i >= start && (tokens.get(i).tag().equals("AUX") || tokens.get(i).tag().equals("PART")
                || tokens.get(i).tag().equals("ADV")); i--) {
            aux.add(0, tokens.get(i).text().toLowerCase(Locale.ROOT));
        }
        String verbText = Headings.headlineVerb(tokens.get(verb), aux, plural(subject));
        List<String> words = new ArrayList<>();
        subject.forEach(t -> words.add(t.text()));
        words.add(verbText);
        int objectFrom = skipTime(tokens, verb + 1);
        if (objectFrom + 2 < tokens.size() && tokens.get(objectFrom).text().equalsIgnoreCase("and") && tokens.get(objectFrom + 1).isVerb()
                && Set.of("DET", "NUM", "NOUN", "PROPN", "ADJ").contains(tokens.get(objectFrom + 2).tag())) {
            // "shot and killed two co-workers": the object the two verbs share
            objectFrom += 2;
        }
        List<Token> object = HeadingObject.of(tokens, objectFrom, MAX_WORDS - words.size());
        if (!HeadingGrammar.clause(subject, tokens.get(verb), verbText, object)) {
            return Optional.empty();
        }
        if (object.isEmpty() && objectFrom < tokens.size() && !Set.of("PUNCT", "SCONJ", "CCONJ").contains(tokens.get(objectFrom).tag())
                && !CLAUSE_WORDS.contains(tokens.get(objectFrom).text().toLowerCase(Locale.ROOT))
                && !isTimeAhead(tokens, objectFrom)) {
            // "Cache of arms includes": the object did not fit, and a verb without it says nothing
            return Optional.empty();
        }
        if (COPULAS.contains(verbText) && !object.isEmpty() && (Set.of("ADP", "ADV").contains(object.get(0).tag())
                || object.get(0).tag().equals("ADJ") && object.stream().noneMatch(Token::isNoun))
                && !Set.of("not", "never").contains(object.get(0).text().toLowerCase(Locale.ROOT))
                || COPULAS.contains(verbText) && !object.isEmpty() && IRREGULAR_PAST.contains(object.get(0).text().toLowerCase(Locale.ROOT))) {
            // "was shot/NOUN in the head": a passive whose participle the tagger took for a noun
            // headline style drops the copula before a state: "Lionsgate under pressure", "robbery over in minutes"
            words.remove(words.size() - 1);
        }
        object.forEach(t -> words.add(t.text()));
        String heading = Headings.trimWeakEnd(Headings.join(words));
        if (!object.isEmpty() && heading.endsWith(" " + verbText) || Headings.words(heading).size() <= subject.size()) {
            // the object was all function words ("carry out one"): the verb alone would dangle
            return Optional.empty();
        }
        return heading.isEmpty() ? Optional.empty() : Optional.of(capitalise ? Headings.capitalise(heading) : heading);
    }

    /** "died early Thursday in her sleep": the time after the verb is passed over, the phrase after it kept. */
    private static int skipTime(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && (isTimeAhead(tokens, i) || isDay(tokens, i)
                || TIME_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)))) {
            i++;
        }
        return i < tokens.size() && i > from && !tokens.get(i).tag().equals("PUNCT") ? i : from;
    }

    /** A hyphen inside a word that a tokenising source spaced ("26 - year", "co - workers"). */
    private static boolean isInnerHyphen(List<Token> tokens, int i, List<Token> subject) {
        return tokens.get(i).text().equals("-") && !subject.isEmpty() && i + 1 < tokens.size() && !tokens.get(i + 1).tag().equals("PUNCT");
    }

    /** "Seven of the men", "much of the material": the article of a partitive stays, or the phrase reads garbled. */
    static boolean afterPartitive(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).text().equalsIgnoreCase("of")
                && (tokens.get(i - 2).tag().equals("NUM") || PARTITIVES.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT)));
    }

    static boolean isPreposition(String word) {
        return Set.of("at", "in", "on", "of", "for", "with", "from", "to", "into", "by", "near", "over").contains(word.toLowerCase(Locale.ROOT));
    }

    /** Who tells the reported clause, when it is a name or a noun ("Police", "Tim Fanning"), not a pronoun. */
    private static Optional<String> speaker(List<Token> tokens, int verb) {
        List<String> words = new ArrayList<>();
        for (int i = verb - 1; i >= 0 && (tokens.get(i).isNoun() || tokens.get(i).tag().equals("ADJ")); i--) {
            words.add(0, tokens.get(i).text());
        }
        if (words.size() > 3) {
            // "IMF head Dominique Strauss-Kahn warned": the surname tells who
            String last = words.get(words.size() - 1);
            return Character.isUpperCase(last.charAt(0)) && tokens.get(verb - 1).tag().equals("PROPN") ? Optional.of(last) : Optional.empty();
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Headings.capitalise(String.join(" ", words)));
    }

    private static boolean speakerPlural(List<Token> tokens, int verb) {
        String w = tokens.get(verb - 1).text().toLowerCase(Locale.ROOT);
        return PLURAL_NOUNS.contains(w) || tokens.get(verb - 1).tag().equals("NOUN") && w.endsWith("s") && !w.endsWith("ss");
    }

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tomorrow", "tonight", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december");

    /** True when the token is a day or month, or the preposition before one ("on Friday"). */
    private static boolean isDay(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        return DAYS.contains(w) || tokens.get(i).tag().equals("ADP") && i + 1 < tokens.size()
                && DAYS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
    }

    /** "last month", "Friday", "early": a time phrase starts at token {@code i}; a bare "last" ("the last decade") does not. */
    static boolean isTimeAhead(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (Set.of("last", "next", "this", "early", "late").contains(w)) {
            return i + 1 < tokens.size() && TIME_WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
        }
        return TIME_WORDS.contains(w);
    }

    /** True when the phrase is a day, month or other time word ("Friday", "December"), not a place. */
    static boolean isTimeWord(String phrase) {
        return TIME_WORDS.contains(phrase.toLowerCase(Locale.ROOT).split(" ")[0]);
    }

    static boolean isVerbal(Token t) {
        return t.tag().equals("VERB") || t.tag().equals("AUX");
    }

    private static boolean hasNoun(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isNoun()) {
                return true;
            }
        }
        return false;
    }

    /** The capitalised nouns that end the subject: the name after its roles. */
    private static List<Token> trailingName(List<Token> subject) {
        int i = subject.size();
        while (i > 0 && subject.get(i - 1).isNoun() && Character.isUpperCase(subject.get(i - 1).text().charAt(0))) {
            i--;
        }
        boolean role = i > 0 && (subject.get(i - 1).tag().equals("NOUN") || subject.get(i - 1).tag().equals("ADJ"))
                && subject.subList(0, i).stream().noneMatch(t -> t.tag().equals("ADP"));
        // "six leaders of the Church of Latter Day Saints": a name inside a phrase is not the subject
        return role ? new ArrayList<>(subject.subList(i, subject.size())) : List.of();
    }

    private static boolean plural(List<Token> subject) {
        Token head = null;
        for (Token t : subject) {
            if (t.isNoun()) {
                head = t;
            } else if (head != null && t.tag().equals("ADP")) {
                break;
            }
        }
        if (head == null) {
            return false;
        }
        String w = head.text().toLowerCase(Locale.ROOT);
        return PLURAL_NOUNS.contains(w) || head.tag().equals("NOUN") && (w.endsWith("s") && !w.endsWith("ss") || w.length() > 4 && w.endsWith("men"))
                || subject.stream().anyMatch(t -> t.tag().equals("CCONJ"));
    }
}
