package io.github.attentioncourse.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads chart output in tests: parsed as XML, so a malformed chart fails loudly. */
final class Svg {

    private static final Pattern ID = Pattern.compile("\\bid=['\"]([^'\"]*)['\"]");
    private static final Pattern REFERENCE = Pattern.compile("url\\(#([^)]*)\\)|href=['\"]#([^'\"]*)['\"]|aria-labelledby=['\"]([^'\"]*)['\"]");

    private Svg() {
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(String svg, String tag) throws Exception {
        NodeList nodes = parse(svg).getElementsByTagNameNS("*", tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** The text of every {@code <text>} element, as a reader sees it. */
    static List<String> texts(String svg) throws Exception {
        return elements(svg, "text").stream().map(Element::getTextContent).toList();
    }

    static List<Element> textsReading(String svg, String content) throws Exception {
        return elements(svg, "text").stream().filter(e -> e.getTextContent().equals(content)).toList();
    }

    static List<String> ids(String svg) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Every id the SVG points at: url(#…), href="#…", and each id in aria-labelledby. */
    static List<String> references(String svg) {
        List<String> refs = new ArrayList<>();
        Matcher m = REFERENCE.matcher(svg);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    refs.addAll(List.of(m.group(g).trim().split("\\s+")));
                }
            }
        }
        return refs;
    }

    static int bytes(String svg) {
        return svg.getBytes(StandardCharsets.UTF_8).length;
    }
}
