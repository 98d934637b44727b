package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.story.StoryJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a folder of hostile and malformed inputs of many kinds (random bytes, truncated and garbage
 * feeds, entity bombs, deep JSON, lines of hundreds of megabytes, gzip bombs, odd encodings, empty and
 * binary files, feeds pointing at private addresses) mixed with good articles taken from the bundled
 * sample corpus, for {@code storyline bench hostile}. Every file is listed with its kind and whether it is
 * a good article, so that a run over the folder can be checked. Seeded: the same seed writes the same
 * folder. Feeds name only private IP addresses, which ingest refuses without a lookup, so reading the
 * folder never touches a network.
 */
final class HostileCorpus {

    /** One file written: its path, its kind, and the article source it must yield when it is good. */
    record Entry(Path path, String kind, String goodSource) {
        boolean good() {
            return goodSource != null;
        }
    }

    private static final String DEMO = "/dev/storyline/demo/demo-corpus.jsonl";

    private final Path dir;
    private final Random random;
    private final List<Entry> entries = new ArrayList<>();
    private final long bigBytes;

    /**
     * @param bigBytes the decompressed length of the one giant JSON Lines line and of the gzip bomb, such
     *                 as 500 MB
     */
    HostileCorpus(Path dir, long seed, long bigBytes) {
        this.dir = dir;
        this.random = new Random(seed);
        this.bigBytes = bigBytes;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Writes {@code good} articles and about {@code hostile} bad inputs. */
    List<Entry> write(int good, int hostile) throws IOException {
        Files.createDirectories(dir);
        List<JsonNode> articles = demoArticles(good + 1);
        for (int i = 0; i < good; i++) {
            writeGood(i, articles.get(i));
        }
        // A copy of a good article under another name: a duplicate, which must be reported, not dropped silently.
        bad("duplicate", "x-copy-of-good-0.txt", text(articles.get(0)).getBytes(StandardCharsets.UTF_8));
        List<Kind> kinds = kinds();
        long repeated = kinds.stream().filter(k -> !k.once).count();
        // the one-off files (duplicate, giant line, gzip bomb and the once-kinds) count towards the total
        int each = (int) Math.max(1, Math.ceil((hostile - 3 - (kinds.size() - repeated)) / (double) repeated));
        for (Kind kind : kinds) {
            for (int i = 0; i < (kind.once ? 1 : each); i++) {
                bad(kind.name, kind.name + "-" + i + kind.extension, kind.content.get());
            }
        }
        writeHugeLine();
        writeGzipBomb();
        return entries;
    }

    private record Kind(String name, String extension, boolean once, Supplier<byte[]> content) {
    }

    private List<Kind> kinds() {
        List<Kind> k = new ArrayList<>();
        k.add(new Kind("random-bytes-no-nul", ".txt", false, () -> randomBytes(200 + random.nextInt(20_000), false)));
        k.add(new Kind("random-bytes-no-nul-html", ".html", false, () -> randomBytes(200 + random.nextInt(20_000), false)));
        k.add(new Kind("random-bytes", ".html", false, () -> randomBytes(100 + random.nextInt(5000), true)));
        k.add(new Kind("random-printable", ".txt", false, this::randomPrintable));
        k.add(new Kind("random-no-extension", "", false, () -> randomBytes(500 + random.nextInt(5000), false)));
        k.add(new Kind("truncated-rss", ".rss", false, () -> truncate(rss(3, "http://127.0.0.1:9/item"))));
        k.add(new Kind("garbage-xml", ".xml", false, this::garbageXml));
        k.add(new Kind("xxe-feed", ".rss", false, () -> utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><description>&x;</description></item></channel></rss>")));
        k.add(new Kind("entity-bomb", ".xml", false, this::entityBomb));
        k.add(new Kind("empty-feed", ".rss", false, () -> utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>")));
        k.add(new Kind("private-link-feed", ".atom", false, () -> atomWithPrivateLinks()));
        k.add(new Kind("bad-json-feed", ".json", false, () -> utf8("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{\"id\":")));
        k.add(new Kind("deep-json", ".json", false, () -> utf8("[".repeat(20_000 + random.nextInt(50_000)))));
        k.add(new Kind("deep-jsonl", ".jsonl", false, () -> utf8("{\"id\":\"x\",\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}\n")));
        k.add(new Kind("json-wrong-shape", ".json", false, () -> utf8("[1, true, \"x\", null, {\"title\":\"no id\"}]")));
        k.add(new Kind("json-unclosed-array", ".json", false, () -> utf8("[{\"id\":\"u1\",\"title\":\"Half")));
        k.add(new Kind("jsonl-garbage", ".jsonl", false, () -> randomLines(50, true)));
        k.add(new Kind("jsonl-record-of-random-text", ".jsonl", false, () -> utf8("{\"id\":\"rnd-" + random.nextInt()
                + "\",\"text\":" + StoryJson.write(new String(randomBytes(3000, false), Charset.forName("windows-1252"))) + "}\n")));
        k.add(new Kind("empty", ".html", false, () -> new byte[0]));
        k.add(new Kind("empty-jsonl", ".jsonl", false, () -> new byte[0]));
        k.add(new Kind("whitespace", ".txt", false, () -> utf8(" \n\t\r\n   \n")));
        k.add(new Kind("utf16-no-bom", ".txt", false, () -> "Harbour closed after the storm, officials said on Monday.".repeat(5).getBytes(StandardCharsets.UTF_16LE)));
        k.add(new Kind("utf32", ".html", false, () -> "<p>Storm closes harbour</p>".repeat(20).getBytes(Charset.forName("UTF-32"))));
        k.add(new Kind("ebcdic", ".txt", false, () -> "Storm closes the harbour for a week, officials said.".repeat(10).getBytes(Charset.forName("IBM037"))));
        k.add(new Kind("png", ".html", false, () -> concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, randomBytes(3000, true))));
        k.add(new Kind("pdf", ".txt", false, () -> concat(utf8("%PDF-1.7\n"), randomBytes(3000, false))));
        k.add(new Kind("zip", ".xml", false, () -> concat(new byte[]{'P', 'K', 3, 4}, randomBytes(2000, true))));
        k.add(new Kind("broken-gzip", ".html.gz", false, () -> concat(new byte[]{0x1f, (byte) 0x8b, 8, 0}, randomBytes(500, true))));
        k.add(new Kind("base64-blob", ".txt", false, () -> utf8(java.util.Base64.getMimeEncoder().encodeToString(randomBytes(6000, true)))));
        k.add(new Kind("script-only-page", ".html", false, () -> utf8("<html><head><script>" + "var a=1;".repeat(500) + "</script></head><body></body></html>")));
        k.add(new Kind("unknown-extension", ".xyz", false, () -> utf8("Some notes that are not an article.")));
        k.add(new Kind("oversized-page", ".html", true, () -> utf8("<html><body><p>" + "word ".repeat(2_300_000) + "</p></body></html>")));
        k.add(new Kind("many-bad-lines", ".jsonl", true, () -> randomLines((int) Math.min(4_000_000, bigBytes / 128), false)));
        return k;
    }

    private void writeGood(int i, JsonNode record) throws IOException {
        String title = record.path("title").asText("");
        String text = text(record);
        String id = "good-" + i;
        switch (i % 4) {
            case 0 -> good(id + ".txt", (title.isBlank() ? "" : title + "\n\n") + text, null);
            case 1 -> good(id + ".html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title)
                    + "</title></head><body><article><h1>" + escape(title) + "</h1>"
                    + Arrays.stream(text.split("\n+")).map(p -> "<p>" + escape(p) + "</p>").reduce("", String::concat)
                    + "</article></body></html>", null);
            case 2 -> {
                ObjectNode node = StoryJson.MAPPER.createObjectNode().put("id", id).put("url", "https://good.example/" + id)
                        .put("title", title).put("text", text).put("published", "2026-11-0" + (1 + i % 9) + "T08:00:00Z");
                good(id + ".jsonl", StoryJson.MAPPER.writeValueAsString(node) + "\n", "https://good.example/" + id);
            }
            default -> {
                ObjectNode node = StoryJson.MAPPER.createObjectNode().put("id", id).put("title", title).put("text", text);
                good(id + ".json", StoryJson.MAPPER.writeValueAsString(node), id);
            }
        }
    }

    private void good(String name, String content, String source) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        entries.add(new Entry(path, "good", source != null ? source : path.toAbsolutePath().normalize().toUri().toString()));
    }

    private void bad(String kind, String name, byte[] content) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, content);
        entries.add(new Entry(path, kind, null));
    }

    /** One JSON Lines line of {@code bigBytes}, gzipped (a few hundred kilobytes on disk). */
    private void writeHugeLine() throws IOException {
        Path path = dir.resolve("huge-line.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path), 1 << 16)) {
            out.write(utf8("{\"id\":\"huge\",\"text\":\""));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (long written = 0; written < bigBytes; written += block.length) {
                out.write(block);
            }
            out.write(utf8("\"}\n"));
        }
        entries.add(new Entry(path, "huge-line", null));
    }

    /** A gzipped page that unpacks to {@code bigBytes} of zeros. */
    private void writeGzipBomb() throws IOException {
        Path path = dir.resolve("gzip-bomb.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path), 1 << 16)) {
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < bigBytes; written += block.length) {
                out.write(block);
            }
        }
        entries.add(new Entry(path, "gzip-bomb", null));
    }

    private static List<JsonNode> demoArticles(int n) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = HostileCorpus.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IOException("the sample corpus " + DEMO + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            java.util.Set<String> texts = new java.util.HashSet<>();
            while ((line = reader.readLine()) != null && out.size() < n) {
                JsonNode node = StoryJson.MAPPER.readTree(line);
                // long texts, each once: distinct good articles, none a copy of another
                if (node.path("text").asText().length() > 700 && texts.add(node.path("text").asText())) {
                    out.add(node);
                }
            }
        }
        if (out.size() < n) {
            throw new IOException("the sample corpus has only " + out.size() + " articles long enough");
        }
        return out;
    }

    private static String text(JsonNode record) {
        return record.path("text").asText("");
    }

    private byte[] randomBytes(int n, boolean nul) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        if (!nul) {
            for (int i = 0; i < n; i++) {
                if (b[i] == 0) {
                    b[i] = (byte) (1 + random.nextInt(255));
                }
            }
        }
        return b;
    }

    private byte[] randomPrintable() {
        StringBuilder sb = new StringBuilder();
        int n = 500 + random.nextInt(8000);
        for (int i = 0; i < n; i++) {
            sb.append((char) (0x21 + random.nextInt(94)));
            if (random.nextInt(40) == 0) {
                sb.append(' ');
            }
        }
        return utf8(sb.toString());
    }

    private byte[] randomLines(int lines, boolean mixed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(mixed && i % 3 == 0 ? "{\"id\":" + i + ",\"published\":\"never\"}" : "{oops " + (i % 10)).append('\n');
        }
        return utf8(sb.toString());
    }

    private byte[] rss(int items, String link) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Wire</title>");
        for (int i = 0; i < items; i++) {
            sb.append("<item><title>Item ").append(i).append("</title><link>").append(link).append(i)
                    .append("</link><description>Short teaser ").append(i).append("</description></item>");
        }
        return utf8(sb.append("</channel></rss>").toString());
    }

    private byte[] truncate(byte[] content) {
        return Arrays.copyOf(content, 10 + random.nextInt(content.length - 20));
    }

    private byte[] garbageXml() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss><channel>");
        for (int i = 0; i < 50; i++) {
            sb.append(random.nextBoolean() ? "<item>" : "</title>").append(random.nextBoolean() ? "&amp" : "<![CDATA[").append("x");
        }
        return utf8(sb.toString());
    }

    private byte[] entityBomb() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        return utf8(sb.append("]><rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>").toString());
    }

    private byte[] atomWithPrivateLinks() {
        return utf8("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Inside</title>"
                + "<entry><title>Router</title><id>urn:x:1</id><link href=\"http://192.168.0.1/admin\"/></entry>"
                + "<entry><title>Metadata</title><id>urn:x:2</id><link href=\"http://169.254.169.254/latest/meta-data/\"/></entry>"
                + "</feed>");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
