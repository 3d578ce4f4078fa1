package city.clearway.support;

import java.util.Arrays;
import java.util.Base64;

/** Bytes that are real images, as evidence photos must be. */
public final class Images {

    private Images() {
    }

    /** A JPEG of exactly {@code size} bytes: its start and end markers around filler. */
    public static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x20);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[size - 2] = (byte) 0xFF;
        bytes[size - 1] = (byte) 0xD9;
        return bytes;
    }

    /** A real 1×1 PNG. */
    public static byte[] png() {
        return Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    }
}
