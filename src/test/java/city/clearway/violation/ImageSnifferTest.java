package city.clearway.violation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Photos are recognised by their structure, not by their name or declared type. */
class ImageSnifferTest {

    /** SOI, a JFIF APP0 segment, EOI. */
    private static final byte[] JPEG = bytes(
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
            0xFF, 0xD9);

    /** Signature, IHDR of a 1x1 8-bit greyscale image, IEND. */
    private static final byte[] PNG = png();

    @Test
    void aJpegIsRecognised() {
        assertThat(ImageSniffer.contentType(JPEG)).contains("image/jpeg");
    }

    @Test
    void theSmallestJpegStartAndEndMarkersAreRecognised() {
        assertThat(ImageSniffer.contentType(bytes(0xFF, 0xD8, 0xFF, 0xD9))).contains("image/jpeg");
    }

    @Test
    void aJpegPaddedWithZerosAfterItsEndMarkerIsRecognised() {
        assertThat(ImageSniffer.contentType(concat(JPEG, new byte[16]))).contains("image/jpeg");
        assertThat(ImageSniffer.contentType(concat(JPEG, new byte[1]))).contains("image/jpeg");
    }

    @Test
    void aPngIsRecognised() {
        assertThat(PNG).hasSize(8 + 25 + 12);
        assertThat(ImageSniffer.contentType(PNG)).contains("image/png");
    }

    static Stream<Arguments> notImages() {
        return Stream.of(
                arguments("empty", new byte[0]),
                arguments("a JPEG cut before its end marker", Arrays.copyOf(JPEG, JPEG.length - 2)),
                arguments("a JPEG cut inside its end marker", Arrays.copyOf(JPEG, JPEG.length - 1)),
                arguments("a JPEG cut short and padded with zeros", concat(Arrays.copyOf(JPEG, 10), new byte[8])),
                arguments("a JPEG with bytes after its end marker", concat(JPEG, bytes('x', 'y'))),
                arguments("only a JPEG start marker", bytes(0xFF, 0xD8, 0xFF)),
                arguments("a JPEG start marker and zeros", bytes(0xFF, 0xD8, 0xFF, 0x00, 0x00, 0x00)),
                arguments("a JPEG end marker without a start marker", concat(bytes('J', 'F', 'I', 'F'), bytes(0xFF, 0xD9))),
                arguments("a PNG without its end chunk", Arrays.copyOf(PNG, PNG.length - 12)),
                arguments("a PNG cut in its end chunk", Arrays.copyOf(PNG, PNG.length - 1)),
                arguments("a PNG signature alone", Arrays.copyOf(PNG, 8)),
                arguments("a PNG without its header chunk", concat(Arrays.copyOf(PNG, 8), Arrays.copyOfRange(PNG, PNG.length - 12, PNG.length), Arrays.copyOfRange(PNG, PNG.length - 12, PNG.length))),
                arguments("a PNG with a broken signature", withByte(PNG, 1, 'Q')),
                arguments("a GIF", concat("GIF89a".getBytes(StandardCharsets.US_ASCII),
                        bytes(0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
                                0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B))),
                arguments("text", "photo of a car on the sidewalk".getBytes(StandardCharsets.UTF_8)),
                arguments("text naming a JPEG", "image/jpeg".getBytes(StandardCharsets.UTF_8)),
                arguments("zeros", new byte[64]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notImages")
    void bytesThatAreNeitherAJpegNorAPngAreRefused(String what, byte[] content) {
        assertThat(ImageSniffer.contentType(content)).isEmpty();
    }

    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'));
        out.writeBytes(chunk("IHDR", bytes(0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue())
                .array();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] withByte(byte[] original, int index, int value) {
        byte[] copy = original.clone();
        copy[index] = (byte) value;
        return copy;
    }
}
