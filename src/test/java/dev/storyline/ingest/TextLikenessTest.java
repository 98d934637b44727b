package dev.storyline.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextLikenessTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The harbour authority closed the port on Monday after the quake damaged two piers, officials said.",
            "Die Hafenbehörde schloss den Hafen am Montag, nachdem das Beben zwei Piers beschädigt hatte.",
            "Портовые власти закрыли порт в понедельник после того, как землетрясение повредило два причала.",
            "港务局周一关闭了港口，此前地震损坏了两座码头，官员表示。当局正在评估损失。",
            "地震で二つの桟橋が損傷したため、港湾当局は月曜日に港を閉鎖したと当局者が述べた。",
            "أغلقت سلطة الميناء الميناء يوم الاثنين بعد أن ألحق الزلزال أضرارا برصيفين، بحسب مسؤولين.",
            "भूकंप से दो घाटों को नुकसान पहुंचने के बाद बंदरगाह प्राधिकरण ने सोमवार को बंदरगाह बंद कर दिया।",
            "Results: 3-1, 2-2, 0-1 and 4-0 in the four group matches played on 12 and 13 May 2026 in Oslo."
    })
    void newsTextInAnyScriptReadsAsText(String text) {
        assertThat(TextLikeness.refusal(text)).isEmpty();
    }

    @Test
    void randomBytesWithoutNulNeverReadAsTextInEitherFallbackCharset() {
        Random random = new Random(13);
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[200 + random.nextInt(5000)];
            random.nextBytes(bytes);
            for (int j = 0; j < bytes.length; j++) {
                if (bytes[j] == 0) {
                    bytes[j] = 1;
                }
            }
            for (Charset charset : new Charset[]{StandardCharsets.UTF_8, Charset.forName("windows-1252")}) {
                String decoded = new String(bytes, charset).replaceAll("\\p{Cc}", " "); // as if the extractor dropped controls
                assertThat(TextLikeness.refusal(decoded)).as("random bytes %d in %s", i, charset).isPresent();
                refused++;
            }
        }
        assertThat(refused).isEqualTo(1000);
    }

    @Test
    void base64AndSymbolSoupAreRefusedWithTheReason() {
        String base64 = java.util.Base64.getMimeEncoder().encodeToString(new byte[3000]).replace('A', 'x')
                + "QmFzZTY0IGlzIG5vdCBuZXdz";
        assertThat(TextLikeness.refusal(base64)).hasValueSatisfying(r -> assertThat(r).contains("without word spaces"));
        assertThat(TextLikeness.refusal("#### $$$$ %%%% ^^^^ &&&& **** (((( )))) ++++ ==== ---- ;;;;"))
                .hasValueSatisfying(r -> assertThat(r).contains("letters"));
        assertThat(TextLikeness.refusal("caf\uFFFD \uFFFD\uFFFD\uFFFDt\uFFFD \uFFFDe \uFFFD\uFFFD\uFFFD port closed on Monday after"))
                .hasValueSatisfying(r -> assertThat(r).contains("not valid text"));
    }

    @Test
    void aShortTitleIsNotJudged() {
        assertThat(TextLikeness.refusal("9/11: 20 yrs")).isEmpty();
    }
}
