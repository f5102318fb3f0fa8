package dev.polychron.ingest.rest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The readable text of an HTML page, one paragraph per block element; scripts and styles are dropped. */
final class HtmlText {

    private HtmlText() {
    }

    static String extract(String html) {
        Element body = Jsoup.parse(html).body();
        body.select("script, style, noscript, template, iframe, object").remove();
        StringBuilder text = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    appendCollapsed(text, textNode.text());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    newLine(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    newLine(text);
                }
            }
        });
        return text.toString().strip();
    }

    private static void appendCollapsed(StringBuilder text, String fragment) {
        String collapsed = fragment.replaceAll("\\s+", " ");
        boolean atLineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        text.append(atLineStart ? collapsed.stripLeading() : collapsed);
    }

    private static void newLine(StringBuilder text) {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
