package city.clearway.support;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;

/** Builds what the complaint tests need: API keys, districts with boundaries, places inside them, and XML to read. */
public final class Complaints {

    /** Each test's squares lie apart from every other's, so routing and duplicates never cross tests. */
    private static final AtomicInteger SQUARES = new AtomicInteger();

    private Complaints() {
    }

    public static String apiKey(String name) {
        return Api.as(Fixtures.ADMIN).body(Map.of("name", name)).post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
    }

    /** A square of about 1 km a side, somewhere no other test uses; its south-west corner. */
    public record Square(double lat, double lon) {

        /** A point inside, {@code north} and {@code east} metres from the south-west corner. */
        public double[] at(double northMeters, double eastMeters) {
            return new double[] {lat + northMeters / 111_195.0, lon + eastMeters / (111_195.0 * Math.cos(Math.toRadians(lat)))};
        }
    }

    public static Square newSquare() {
        int n = SQUARES.getAndIncrement();
        return new Square(10.0 + (n / 50) * 0.1, 20.0 + (n % 50) * 0.1);
    }

    /** Draws the square as the district's boundary. */
    public static void bound(String district, Square square) {
        double side = 0.01;
        Map<String, Object> polygon = Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(square.lon(), square.lat()), List.of(square.lon() + side, square.lat()),
                List.of(square.lon() + side, square.lat() + side), List.of(square.lon(), square.lat() + side),
                List.of(square.lon(), square.lat()))));
        Api.as(Fixtures.ADMIN).body(Map.of("name", "District " + district, "boundary", polygon))
                .put("/api/v1/districts/{code}", district).then().statusCode(200);
    }

    /** A report as FixMyStreet would send it, at a point. */
    public static Map<String, String> report(String apiKey, String serviceCode, double[] point) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("jurisdiction_id", "tabriz.ir");
        form.put("service_code", serviceCode);
        form.put("lat", Double.toString(point[0]));
        form.put("long", Double.toString(point[1]));
        form.put("description", "خودرو روی پیاده‌رو پارک شده است");
        return form;
    }

    /** A form as {@code application/x-www-form-urlencoded} text, UTF-8, as FixMyStreet's HTTP library sends it. */
    public static String encoded(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    public static Document xml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + text, e);
        }
    }

    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    public static List<String> childNames(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    /** The text of the child named {@code name}. */
    public static String text(Element parent, String name) {
        return children(parent).stream().filter(child -> child.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">")).getTextContent();
    }
}
