package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedTextTest {

    @Test
    void sniffsValidUtf8WhenNothingIsDeclared() throws Exception {
        DecodedText d = DecodedText.decode("caf\u00e9 \u2013 na\u00efve".getBytes(StandardCharsets.UTF_8), null, true);
        assertThat(d.text()).isEqualTo("caf\u00e9 \u2013 na\u00efve");
        assertThat(d.how()).isEqualTo("sniffed-utf-8");
    }

    @Test
    void fallsBackToWindows1252ForInvalidUtf8() throws Exception {
        DecodedText d = DecodedText.decode("caf\u00e9 \u2019".getBytes(Charset.forName("windows-1252")), null, true);
        assertThat(d.text()).isEqualTo("caf\u00e9 \u2019");
        assertThat(d.how()).isEqualTo("sniffed-windows-1252");
    }

    @Test
    void readsLatin1LabelsAsWindows1252() throws Exception {
        byte[] bytes = "<meta charset=\"iso-8859-1\"><p>\u2019</p>".getBytes(Charset.forName("windows-1252"));
        DecodedText d = DecodedText.decode(bytes, null, true);
        assertThat(d.text()).contains("\u2019");
        assertThat(d.how()).isEqualTo("meta");
    }

    @Test
    void prefersTheHttpHeaderOverTheMetaTag() throws Exception {
        byte[] bytes = "<meta charset=\"koi8-r\"><p>\u0416</p>".getBytes(Charset.forName("ISO-8859-5"));
        DecodedText d = DecodedText.decode(bytes, "text/html; charset=ISO-8859-5", true);
        assertThat(d.text()).contains("\u0416");
        assertThat(d.how()).isEqualTo("content-type");
    }

    @Test
    void readsTheEncodingOfAnXhtmlDeclaration() throws Exception {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-5\"?><html><p>\u0416</p></html>"
                .getBytes(Charset.forName("ISO-8859-5"));
        DecodedText d = DecodedText.decode(bytes, null, true);
        assertThat(d.text()).contains("\u0416");
        assertThat(d.how()).isEqualTo("xml-declaration");
    }

    @Test
    void ignoresAnUnknownCharsetName() throws Exception {
        DecodedText d = DecodedText.decode("<meta charset=\"no-such-set\">ok".getBytes(StandardCharsets.US_ASCII),
                null, true);
        assertThat(d.text()).endsWith("ok");
    }
}
