package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Language detection on short news paragraphs written for this test, two sentences in each of 40 of the
 * languages most news is published in, against the common-word guess the extractor used before.
 */
class LanguageGuessTest {

    static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("en", "The government announced on Tuesday that it would raise the minimum wage next year. Unions said the increase was too small to keep up with rents.");
        SAMPLES.put("fr", "Le gouvernement a annoncé mardi une hausse du salaire minimum pour l'année prochaine. Les syndicats estiment que cette augmentation reste insuffisante face aux loyers.");
        SAMPLES.put("de", "Die Regierung hat am Dienstag angekündigt, den Mindestlohn im nächsten Jahr zu erhöhen. Die Gewerkschaften halten die Erhöhung angesichts der Mieten für zu gering.");
        SAMPLES.put("es", "El Gobierno anunció el martes que subirá el salario mínimo el próximo año. Los sindicatos consideran que el aumento es insuficiente frente al precio de los alquileres.");
        SAMPLES.put("it", "Il governo ha annunciato martedì un aumento del salario minimo per il prossimo anno. Secondo i sindacati l'aumento è troppo basso rispetto agli affitti.");
        SAMPLES.put("pt", "O governo anunciou na terça-feira que vai aumentar o salário mínimo no próximo ano. Os sindicatos dizem que o aumento é pequeno demais diante dos aluguéis.");
        SAMPLES.put("nl", "De regering heeft dinsdag aangekondigd dat het minimumloon volgend jaar omhoog gaat. Volgens de vakbonden is de verhoging te klein om de huren bij te houden.");
        SAMPLES.put("sv", "Regeringen meddelade på tisdagen att minimilönen ska höjas nästa år. Facken säger att höjningen är för liten för att hålla jämna steg med hyrorna.");
        SAMPLES.put("da", "Regeringen meddelte tirsdag, at mindstelønnen skal hæves næste år. Fagforeningerne siger, at stigningen er for lille til at følge med huslejerne.");
        SAMPLES.put("nb", "Regjeringen kunngjorde tirsdag at minstelønnen skal økes neste år. Fagforeningene sier at økningen er for liten til å holde tritt med husleiene.");
        SAMPLES.put("fi", "Hallitus ilmoitti tiistaina, että vähimmäispalkkaa korotetaan ensi vuonna. Ammattiliittojen mukaan korotus on liian pieni vuokrien nousuun nähden.");
        SAMPLES.put("pl", "Rząd ogłosił we wtorek, że w przyszłym roku podniesie płacę minimalną. Związki zawodowe twierdzą, że podwyżka jest zbyt mała wobec rosnących czynszów.");
        SAMPLES.put("cs", "Vláda v úterý oznámila, že příští rok zvýší minimální mzdu. Odbory tvrdí, že zvýšení je příliš malé na to, aby stačilo na nájmy.");
        SAMPLES.put("sk", "Vláda v utorok oznámila, že budúci rok zvýši minimálnu mzdu. Odbory tvrdia, že zvýšenie je príliš malé na to, aby pokrylo rastúce nájomné.");
        SAMPLES.put("hu", "A kormány kedden bejelentette, hogy jövőre emeli a minimálbért. A szakszervezetek szerint az emelés túl kicsi ahhoz, hogy lépést tartson a lakbérekkel.");
        SAMPLES.put("ro", "Guvernul a anunțat marți că va majora salariul minim de anul viitor. Sindicatele spun că majorarea este prea mică pentru a ține pasul cu chiriile.");
        SAMPLES.put("hr", "Vlada je u utorak najavila da će iduće godine povećati minimalnu plaću. Sindikati tvrde da je povećanje premalo da bi pratilo rast najamnina.");
        SAMPLES.put("ca", "El Govern va anunciar dimarts que apujarà el salari mínim l'any vinent. Els sindicats consideren que l'augment és massa petit davant el preu dels lloguers.");
        SAMPLES.put("tr", "Hükümet salı günü asgari ücretin gelecek yıl artırılacağını açıkladı. Sendikalar artışın kiraları karşılamak için çok az olduğunu söyledi.");
        SAMPLES.put("id", "Pemerintah mengumumkan pada hari Selasa bahwa upah minimum akan dinaikkan tahun depan. Serikat pekerja mengatakan kenaikan itu terlalu kecil untuk mengimbangi harga sewa.");
        SAMPLES.put("vi", "Chính phủ hôm thứ Ba thông báo sẽ tăng lương tối thiểu vào năm tới. Các công đoàn cho rằng mức tăng này quá nhỏ so với giá thuê nhà.");
        SAMPLES.put("tl", "Inanunsyo ng pamahalaan noong Martes na itataas nito ang minimum na sahod sa susunod na taon. Sinabi ng mga unyon na masyadong maliit ang dagdag para sa mataas na upa.");
        SAMPLES.put("sw", "Serikali ilitangaza Jumanne kwamba itaongeza kima cha chini cha mshahara mwaka ujao. Vyama vya wafanyakazi vimesema nyongeza hiyo ni ndogo mno ikilinganishwa na kodi za nyumba.");
        SAMPLES.put("ru", "Правительство во вторник объявило о повышении минимальной зарплаты в следующем году. Профсоюзы считают, что этого повышения недостаточно из-за роста арендной платы.");
        SAMPLES.put("uk", "Уряд у вівторок оголосив, що наступного року підвищить мінімальну зарплату. Профспілки вважають, що цього підвищення замало через зростання орендної плати.");
        SAMPLES.put("bg", "Правителството обяви във вторник, че догодина ще повиши минималната работна заплата. Синдикатите смятат, че увеличението е твърде малко на фона на наемите.");
        SAMPLES.put("el", "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι θα αυξήσει τον κατώτατο μισθό τον επόμενο χρόνο. Τα συνδικάτα λένε ότι η αύξηση είναι πολύ μικρή σε σχέση με τα ενοίκια.");
        SAMPLES.put("ar", "أعلنت الحكومة يوم الثلاثاء أنها سترفع الحد الأدنى للأجور العام المقبل. وقالت النقابات إن الزيادة صغيرة جدا مقارنة بارتفاع الإيجارات.");
        SAMPLES.put("fa", "دولت روز سه‌شنبه اعلام کرد که حداقل دستمزد را سال آینده افزایش می‌دهد. اتحادیه‌ها می‌گویند این افزایش در برابر اجاره‌بها بسیار کم است.");
        SAMPLES.put("ur", "حکومت نے منگل کو اعلان کیا کہ اگلے سال کم از کم اجرت میں اضافہ کیا جائے گا۔ یونینوں کا کہنا ہے کہ یہ اضافہ کرایوں کے مقابلے میں بہت کم ہے۔");
        SAMPLES.put("he", "הממשלה הודיעה ביום שלישי כי תעלה את שכר המינימום בשנה הבאה. האיגודים אומרים כי ההעלאה קטנה מדי לעומת שכר הדירה.");
        SAMPLES.put("hi", "सरकार ने मंगलवार को घोषणा की कि अगले साल न्यूनतम वेतन बढ़ाया जाएगा। यूनियनों का कहना है कि किराए को देखते हुए यह बढ़ोतरी बहुत कम है।");
        SAMPLES.put("mr", "सरकारने मंगळवारी जाहीर केले की पुढील वर्षी किमान वेतन वाढवले जाईल. संघटनांचे म्हणणे आहे की भाड्याच्या तुलनेत ही वाढ खूपच कमी आहे.");
        SAMPLES.put("bn", "সরকার মঙ্গলবার ঘোষণা করেছে যে আগামী বছর ন্যূনতম মজুরি বাড়ানো হবে। ইউনিয়নগুলো বলছে, বাড়িভাড়ার তুলনায় এই বৃদ্ধি খুবই সামান্য।");
        SAMPLES.put("ta", "அடுத்த ஆண்டு குறைந்தபட்ச ஊதியம் உயர்த்தப்படும் என்று அரசு செவ்வாய்க்கிழமை அறிவித்தது. வாடகை உயர்வுடன் ஒப்பிடும்போது இந்த உயர்வு மிகக் குறைவு என்று தொழிற்சங்கங்கள் கூறுகின்றன.");
        SAMPLES.put("zh", "政府周二宣布，明年将提高最低工资标准。工会表示，与不断上涨的房租相比，这次涨幅太小。");
        SAMPLES.put("ja", "政府は火曜日、来年から最低賃金を引き上げると発表した。労働組合は、家賃の上昇に比べて引き上げ幅が小さすぎると指摘している。");
        SAMPLES.put("ko", "정부는 화요일 내년에 최저임금을 인상하겠다고 발표했다. 노조는 임대료 상승에 비해 인상 폭이 너무 작다고 밝혔다.");
        SAMPLES.put("th", "รัฐบาลประกาศเมื่อวันอังคารว่าจะปรับขึ้นค่าแรงขั้นต่ำในปีหน้า สหภาพแรงงานระบุว่าการปรับขึ้นครั้งนี้น้อยเกินไปเมื่อเทียบกับค่าเช่าที่สูงขึ้น");
        SAMPLES.put("ms", "Kerajaan mengumumkan pada hari Selasa bahawa gaji minimum akan dinaikkan tahun hadapan. Kesatuan sekerja berkata kenaikan itu terlalu kecil berbanding sewa rumah yang semakin mahal.");
    }

    @Test
    void recognisesTheLanguagesMostNewsIsPublishedIn() {
        int right = 0;
        int rightBefore = 0;
        StringBuilder wrong = new StringBuilder();
        for (var e : SAMPLES.entrySet()) {
            String guess = LanguageGuess.of(e.getValue());
            if (e.getKey().equals(guess)) {
                right++;
            } else {
                wrong.append(e.getKey()).append("->").append(guess).append(' ');
            }
            if (e.getKey().equals(LanguageGuess.byCommonWords(e.getValue()))) {
                rightBefore++;
            }
        }
        long start = System.nanoTime();
        int rounds = 5;
        for (int r = 0; r < rounds; r++) {
            SAMPLES.values().forEach(LanguageGuess::of);
        }
        double msPerText = (System.nanoTime() - start) / 1e6 / (rounds * SAMPLES.size());
        System.out.printf("language guess: Lingua %d/%d right, common words %d/%d; %.2f ms per paragraph; wrong: %s%n",
                right, SAMPLES.size(), rightBefore, SAMPLES.size(), msPerText, wrong);
        assertThat(SAMPLES).hasSize(40);
        assertThat(right).isGreaterThanOrEqualTo(38).isGreaterThan(rightBefore);
    }

    @Test
    void tooShortATextHasNoLanguage() {
        assertThat(LanguageGuess.of("Tuesday")).isNull();
    }
}
