package city.clearway.complaint;

import city.clearway.complaint.Open311Document.Element;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The two formats of GeoReport v2, chosen by the resource's suffix, with the content types the specification names. */
enum Open311Format {
    XML(MediaType.TEXT_XML_TYPE.withCharset("utf-8")),
    JSON(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"));

    private final MediaType type;

    Open311Format(MediaType type) {
        this.type = type;
    }

    static Open311Format of(String suffix) {
        return "json".equals(suffix) ? JSON : XML;
    }

    /** The format a path asks for: {@code .json} gives JSON, anything else the required XML. */
    static Open311Format ofPath(String path) {
        return path.endsWith(".json") ? JSON : XML;
    }

    Response ok(Element document) {
        return respond(200, document);
    }

    Response respond(int status, Element document) {
        Object body = this == JSON ? Open311Document.json(document) : Open311Document.xml(document);
        return Response.status(status).type(type).entity(body).build();
    }
}
