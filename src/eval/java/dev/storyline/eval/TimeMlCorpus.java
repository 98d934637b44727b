package dev.storyline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads folders of TimeML files (TempEval-3's {@code .tml}) into {@link TimeMlDocument}s, stripping tags the way
 * the TempEval-3 scorer does so that offsets agree with it, and writes a system's answer back as TimeML.
 * Stateless; thread-safe.
 */
public final class TimeMlCorpus {

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<!\\[CDATA\\[.*?]]>|<[^>]*>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);");
    private static final Pattern DOCID = Pattern.compile("<DOCID>(.*?)</DOCID>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT(?:\\s[^>]*)?>(.*)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG_NAME = Pattern.compile("</?\\s*([\\w:.-]*)");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    /**
     * Every TimeML file under {@code dir} (recursively: {@code .tml}, {@code .TE3input}, {@code .xml}), sorted by
     * path. A file that cannot be read is reported on {@code problems} and skipped; the rest are still read.
     */
    public List<TimeMlDocument> read(Path dir, List<String> problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".tml") || p.toString().endsWith(".TE3input")
                            || p.toString().endsWith(".xml"))
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path f : files) {
            try {
                TimeMlDocument doc = parse(Files.readString(f, StandardCharsets.UTF_8), stem(f));
                if (!seen.add(doc.docId())) {
                    problems.add(f + ": a second file for document " + doc.docId() + " (the first one is kept)");
                    continue;
                }
                docs.add(doc);
            } catch (IOException | RuntimeException e) {
                problems.add(f + ": " + e.getMessage());
            }
        }
        return docs;
    }

    /** Parses one TimeML document; {@code fallbackId} names it when it has no {@code <DOCID>}. */
    public TimeMlDocument parse(String raw, String fallbackId) {
        Matcher id = DOCID.matcher(raw);
        String docId = id.find() ? unescape(id.group(1).strip()) : fallbackId;
        String dctValue = null;
        LocalDate creation = null;
        Matcher dct = DCT.matcher(raw);
        if (dct.find()) {
            dctValue = attributes(dct.group(1)).get("value");
            Matcher d = dctValue == null ? null : DATE_PREFIX.matcher(dctValue);
            if (d != null && d.find()) {
                creation = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                        Integer.parseInt(d.group(3)));
            }
        }
        Matcher t = TEXT.matcher(raw);
        if (!t.find()) {
            throw new IllegalArgumentException("no <TEXT> element");
        }
        String body = t.group(1);
        StringBuilder text = new StringBuilder(body.length());
        Deque<Map<String, String>> open = new ArrayDeque<>();
        Deque<Integer> openAt = new ArrayDeque<>();
        List<TimeMlDocument.Timex> timexes = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int last = 0;
        while (tag.find()) {
            text.append(unescape(body.substring(last, tag.start())));
            last = tag.end();
            String s = tag.group();
            if (s.startsWith("<![CDATA[")) {
                text.append(s, 9, s.length() - 3);
                continue;
            }
            Matcher name = TAG_NAME.matcher(s);
            if (!name.lookingAt() || !name.group(1).equals("TIMEX3")) {
                continue;
            }
            if (s.startsWith("</")) {
                if (!open.isEmpty()) {
                    Map<String, String> a = open.pop();
                    int start = openAt.pop();
                    if (text.length() > start && !"CREATION_TIME".equals(a.get("functionInDocument"))) {
                        timexes.add(new TimeMlDocument.Timex(start, text.length(), a.getOrDefault("type", "").strip(),
                                a.getOrDefault("value", "").strip()));
                    }
                }
            } else if (!s.substring(0, s.length() - 1).strip().endsWith("/")) {
                open.push(attributes(s));
                openAt.push(text.length());
            }
        }
        text.append(unescape(body.substring(last)));
        timexes.sort(Comparator.comparingInt(TimeMlDocument.Timex::start).thenComparingInt(TimeMlDocument.Timex::end));
        return new TimeMlDocument(docId, creation, dctValue, text.toString(), timexes);
    }

    /** The document as TimeML with the given TIMEX3 in its text, readable by the TempEval-3 scorer. */
    public String write(TimeMlDocument doc, List<TimeMlDocument.Timex> system) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>")
                .append(escape(doc.docId())).append("</DOCID>\n");
        if (doc.dctValue() != null) {
            out.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(escape(doc.dctValue()))
                    .append("\" functionInDocument=\"CREATION_TIME\">").append(escape(doc.dctValue()))
                    .append("</TIMEX3></DCT>\n");
        }
        out.append("<TEXT>");
        String text = doc.text();
        int pos = 0;
        int tid = 1;
        for (TimeMlDocument.Timex x : system) {
            if (x.start() < pos) {
                continue; // overlapping answers cannot nest in TimeML
            }
            out.append(escape(text.substring(pos, x.start())));
            out.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(x.type())
                    .append("\" value=\"").append(escape(x.value())).append("\">")
                    .append(escape(text.substring(x.start(), x.end()))).append("</TIMEX3>");
            pos = x.end();
        }
        out.append(escape(text.substring(pos))).append("</TEXT>\n</TimeML>\n");
        return out.toString();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTR.matcher(tag);
        while (m.find()) {
            a.put(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return a;
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String stem(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
