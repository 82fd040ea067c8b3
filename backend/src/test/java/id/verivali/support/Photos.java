package id.verivali.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** House photos as phones send them: a picture, with a camera's EXIF and, where location is on, the GPS block. */
public final class Photos {

    /** A JPEG of the size asked, its EXIF naming the camera and, when both are given, where it was taken. */
    public static byte[] jpeg(int width, int height, Double latitude, Double longitude) {
        byte[] plain = encode(picture(width, height), "jpg");
        try {
            var exif = new TiffOutputSet();
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "Xiaomi");
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, "Redmi Note 13");
            if (latitude != null && longitude != null) {
                exif.setGpsInDegrees(longitude, latitude);
            }
            var out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain, out, exif);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    private static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x8B5A2B));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x2E8B57));
        g.fillRect(width / 4, height / 3, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    private Photos() {}
}
