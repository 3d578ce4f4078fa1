package city.clearway.violation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tells a real JPEG or PNG from bytes that only claim to be one, by their structure rather than their name:
 * a JPEG opens with a start-of-image marker and closes with an end-of-image marker; a PNG opens with its
 * signature and header chunk and closes with its end chunk. Nothing is decoded, so no image can blow up memory.
 */
public final class ImageSniffer {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_IHDR = {'I', 'H', 'D', 'R'};
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private ImageSniffer() {
    }

    /** {@code image/jpeg} or {@code image/png}, or empty when the bytes are neither. */
    public static Optional<String> contentType(byte[] bytes) {
        if (isJpeg(bytes)) {
            return Optional.of(JPEG);
        }
        if (isPng(bytes)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    private static boolean isJpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8 || (b[2] & 0xFF) != 0xFF) {
            return false;
        }
        int end = b.length;
        // Some cameras pad the file after the end-of-image marker.
        while (end > 2 && b[end - 1] == 0) {
            end--;
        }
        return (b[end - 2] & 0xFF) == 0xFF && (b[end - 1] & 0xFF) == 0xD9;
    }

    private static boolean isPng(byte[] b) {
        return b.length >= PNG_SIGNATURE.length + 8 + PNG_IEND.length
                && Arrays.equals(b, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)
                && Arrays.equals(b, 12, 16, PNG_IHDR, 0, PNG_IHDR.length)
                && Arrays.equals(b, b.length - PNG_IEND.length, b.length, PNG_IEND, 0, PNG_IEND.length);
    }
}
