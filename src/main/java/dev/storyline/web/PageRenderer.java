package dev.storyline.web;

import dev.storyline.story.StoryPage;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders pages from the precompiled jte templates, every text escaped. The server uses it for its
 * pages, and {@code storyline digest --format html} for one standalone document holding all stories
 * (its stylesheet inlined, each story's anchors prefixed so that citations stay within their story).
 * Thread-safe.
 */
public final class PageRenderer {

    private static final String CSS = "/dev/storyline/web/static/storyline.css";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }

    /** A standalone HTML document with every story, in the order given. */
    public String digest(List<StoryPage> pages) {
        List<StoryView> views = new ArrayList<>();
        for (StoryPage p : pages) {
            views.add(new StoryView(p, "s" + views.size() + "-"));
        }
        return render("web/digest.jte", Map.of("stories", views, "css", stylesheet()));
    }

    private static String stylesheet() {
        try (InputStream in = PageRenderer.class.getResourceAsStream(CSS)) {
            // our own stylesheet, never user text; a closing style tag in it would end the element early
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</", "<\\/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
