package io.khabar.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.khabar.ingest.service.InvalidArticleException;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main article of a web page: jsoup parses (and detects the charset from the page when the client declared
 * none), Readability4J (a port of Mozilla's Readability) finds the article and drops navigation, comments and
 * widgets, and the page's own metadata gives title, author, date and canonical URL.
 */
@ApplicationScoped
public class HtmlArticleExtractor {

    /** Fewer letters than this in the main text means the page has no article worth the name. */
    public static final int MIN_LETTERS = 80;
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "blockquote", "pre", "tr", "br", "figcaption", "dd", "dt");

    public ExtractedPage extract(byte[] body, Charset declared, String baseUri) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(body), declared == null ? null : declared.name(),
                    baseUri == null ? "" : baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String html = page.outerHtml();
        String title = firstNonBlank(meta(page, "og:title"), meta(page, "twitter:title"), page.title());
        String author = firstNonBlank(meta(page, "author"), meta(page, "article:author"), meta(page, "dc.creator"));
        Instant published = date(firstNonBlank(meta(page, "article:published_time"), meta(page, "datePublished"),
                meta(page, "dc.date"), meta(page, "date"), attr(page, "time[datetime]", "datetime")));
        String canonical = firstNonBlank(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url"));
        String language = attr(page, "html[lang]", "lang");

        Article article = new Readability4J(baseUri == null ? "" : baseUri, page.clone()).parse();
        Element content = article.getArticleContent();
        String text = content == null ? "" : paragraphs(content);
        if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            throw new InvalidArticleException("body", "the page has no extractable article text");
        }
        // what the page says about itself is a hint: a malformed value is dropped, never a reason to refuse the page
        return new ExtractedPage(text, clip(firstNonBlank(title, article.getTitle())),
                clip(firstNonBlank(author, article.getByline())), published, httpUrl(canonical),
                language == null ? null : languageTag(language), html);
    }

    /** The element's text with one blank line between blocks (Readability's own text content runs them together). */
    static String paragraphs(Element root) {
        List<StringBuilder> blocks = new ArrayList<>();
        blocks.add(new StringBuilder());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    StringBuilder current = blocks.get(blocks.size() - 1);
                    if (!s.isBlank()) {
                        if (current.length() > 0 && !Character.isWhitespace(current.charAt(current.length() - 1))
                                && Character.isWhitespace(t.getWholeText().charAt(0))) {
                            current.append(' ');
                        }
                        current.append(s.strip());
                        if (Character.isWhitespace(t.getWholeText().charAt(t.getWholeText().length() - 1))) {
                            current.append(' ');
                        }
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    blocks.add(new StringBuilder());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    blocks.add(new StringBuilder());
                }
            }
        }, root);
        return String.join("\n\n", blocks.stream().map(b -> b.toString().strip()).filter(b -> !b.isEmpty()).toList());
    }

    private static String clip(String s) {
        return s == null || s.length() <= 512 ? s : s.substring(0, 512);
    }

    private static String httpUrl(String url) {
        return url != null && url.length() <= 2048 && url.matches("(?i)https?://[^\\s]+") ? url : null;
    }

    private static String languageTag(String lang) {
        String tag = lang.strip().replace('_', '-');
        return tag.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*") ? tag : null;
    }

    private static String meta(Document page, String name) {
        for (Element m : page.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]")) {
            String v = m.attr("content");
            if (!v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
    }

    /** ISO-8601 date-time with offset, or a bare date taken as midnight UTC; anything else is unknown. */
    static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value)
                            .atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException unknown) {
                    return null;
                }
            }
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
