package city.clearway.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/** Every string of a JSON body is {@link PlainText}. */
class PlainTextDeserializer extends StdScalarDeserializer<String> {

    PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && !PlainText.is(text)) {
            return (String) context.handleWeirdStringValue(String.class, text, "contains a control character or half a character");
        }
        return text;
    }
}
