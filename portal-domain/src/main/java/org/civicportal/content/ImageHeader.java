package org.civicportal.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an image's width and height from its header, never decoding its pixels: a small file can
 * claim a huge picture ("decompression bomb"), and asking its size must not build it.
 */
final class ImageHeader {

    private ImageHeader() {
    }

    /** Width and height, or null if the header cannot be read. */
    static int[] size(byte[] content) {
        if (content == null || content.length < 12) {
            return null;
        }
        if (isWebP(content)) {
            return webPSize(content);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Both read the header only (PNG: IHDR, JPEG: the frame header, GIF: the first image descriptor).
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    static boolean isWebP(byte[] b) {
        return b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
    }

    /** WebP's first chunk says the size: VP8X (extended), VP8L (lossless) or "VP8 " (lossy). */
    private static int[] webPSize(byte[] b) {
        if (b.length < 30) {
            return null;
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        switch (chunk) {
            case "VP8X":
                return new int[] {1 + u24(b, 24), 1 + u24(b, 27)};
            case "VP8L":
                if ((b[20] & 0xff) != 0x2f) {
                    return null;
                }
                int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
                return new int[] {1 + (bits & 0x3fff), 1 + (bits >>> 14 & 0x3fff)};
            case "VP8 ":
                if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
                    return null;
                }
                return new int[] {u16(b, 26) & 0x3fff, u16(b, 28) & 0x3fff};
            default:
                return null;
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int u24(byte[] b, int at) {
        return u16(b, at) | (b[at + 2] & 0xff) << 16;
    }
}
