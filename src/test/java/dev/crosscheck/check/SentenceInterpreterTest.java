package dev.crosscheck.check;

import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.dataset.Dataset;
import dev.crosscheck.dataset.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How sentences are read, without the service: the curated catalog and claims, the lexicon and the interpreter. */
class SentenceInterpreterTest {

    static SentenceInterpreter interpreter;

    @BeforeAll
    static void build() {
        Dataset d = new DatasetReader(10 * 1024 * 1024).read(Path.of("claims"), Path.of("seeds"));
        ClaimBook book = new ClaimBook(d.claims().stream().map(c -> new StoredClaim(c, 1, false, null, null, null, 0)).toList(), d.catalog());
        interpreter = new SentenceInterpreter(d.catalog(), Lexicon.build(d.catalog(), QualifierWords.load()), book);
    }

    private static Interpretation read(String text) {
        return interpreter.interpretAll(text, null).get(0);
    }

    private static Optional<Interpretation.Recognised> role(Interpretation in, String role) {
        return in.recognised().stream().filter(r -> r.role().equals(role)).findFirst();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "游戏科学专注游戏开发               | game-science | zh-Hans",
            "遊戲科學專注遊戲開發               | game-science | zh-Hant",
            "Game Science focuses on game development | game-science | en",
            "云深處科技專注機器人               | deep-robotics | zh-Hant",
            "Yunshenchu Technology works on robotics | deep-robotics | en",
    })
    void entitiesAreFoundByAnyNameInAnyScript(String text, String subject, String lang) {
        Interpretation in = read(text.strip());
        assertThat(in.subject()).isEqualTo(subject);
        assertThat(in.property()).isEqualTo("field");
        assertThat(in.lang()).isEqualTo(lang);
        assertThat(in.langDetected()).isTrue();
        assertThat(in.value()).isEqualTo(new Stated.Category(subject.equals("game-science") ? "game-development" : "robotics"));
    }

    @Test
    void everyRecognisedWordHasItsRoleAndCodePointSpan() {
        Interpretation in = read("杭州2018年市级以上孵化器超过138家");
        assertThat(in.subject()).isEqualTo("hangzhou");
        assertThat(in.property()).isEqualTo("incubator-count");
        assertThat(in.qualifiers()).containsEntry("asOf", "2018").containsEntry("scope", "municipal-level-and-above");
        assertThat(role(in, "subject").orElseThrow()).extracting(Interpretation.Recognised::text, Interpretation.Recognised::start,
                Interpretation.Recognised::end).containsExactly("杭州", 0, 2);
        assertThat(role(in, "value").orElseThrow().text()).isEqualTo("超过138");
        assertThat(role(in, "unit").orElseThrow().id()).isEqualTo("firm");
        assertThat(role(in, "property").orElseThrow().text()).isEqualTo("孵化器");
        assertThat(in.recognised()).filteredOn(r -> r.role().equals("qualifier")).extracting(Interpretation.Recognised::text)
                .containsExactly("2018年", "市级以上");
        Stated.Amount a = (Stated.Amount) in.value();
        assertThat(a.mention().hedge()).isEqualTo("超过");
        assertThat(a.mention().interval().low()).isEqualTo(138);
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        Interpretation in = read("\uD83D\uDE00 Manycore has more than 320 million 3D models");
        assertThat(role(in, "subject").orElseThrow().start()).isEqualTo(2);
    }

    @Test
    void digitsInNamesAreNotValues() {
        Interpretation in = read("DeepSeek-V3用了2048块H800");
        assertThat(in.subject()).isEqualTo("deepseek-v3");
        assertThat(((Stated.Amount) in.value()).mention().interval().low()).isEqualTo(2048);
        assertThat(in.uncheckedFigures()).isEmpty();
        Interpretation six = read("杭州六小龙中有三家出自浙大");
        assertThat(((Stated.Amount) six.value()).mention().text()).isEqualTo("三");
    }

    @Test
    void aLoneNumeralIsAWordUnlessAMeasureWordFollows() {
        Interpretation in = read("阿里巴巴是杭州六小龙之一");
        assertThat(in.mode()).isEqualTo(Interpretation.Mode.MEMBERSHIP);
        assertThat(in.uncheckedFigures()).isEmpty();
        assertThat(in.value()).isEqualTo(new Stated.Members(new java.util.TreeSet<>(List.of("alibaba"))));
    }

    @Test
    void negationIsRecognisedButNotInsideOtherWords() {
        assertThat(read("Hikvision is not one of the Six Little Dragons").negated()).isTrue();
        assertThat(read("游戏科学并不是杭州六小龙之一").negated()).isTrue();
        assertThat(read("宇树科技不断专注机器人").negated()).isFalse();
        assertThat(read("Unitree is notable for robotics").negated()).isFalse();
    }

    @Test
    void latinWordsMatchOnlyWhole() {
        Interpretation in = read("Frankly, Hangzhou is great");
        assertThat(in.recognised()).extracting(Interpretation.Recognised::id).doesNotContain("rank");
    }

    @Test
    void aRankingIsNamedOrImpliedByItsPublisher() {
        Interpretation named = read("Hangzhou ranks second in the China AI city ranking");
        assertThat(named.qualifiers()).containsEntry("ranking", "idc-ai-computing-report-2023-2024");
        Interpretation publisher = read("在IDC发布的人工智能城市排名中，杭州位列全国第四");
        assertThat(publisher.property()).isEqualTo("rank");
        assertThat(publisher.qualifiers()).containsEntry("ranking", "idc-ai-computing-report-2023-2024")
                .containsEntry("metric", "ai-city-ranking");
        assertThat(((Stated.Amount) publisher.value()).mention().kind()).isEqualTo(NumberMention.Kind.RANK);
    }

    @Test
    void qualifierWordsThatDrawNoLineBetweenClaimsAreNotQualifiers() {
        Interpretation in = read("2024年杭州实际使用外资约65亿美元");
        assertThat(in.property()).isEqualTo("fdi-actual");
        assertThat(in.qualifiers()).containsOnlyKeys("asOf");
    }

    @Test
    void aFigureInAnotherUnitIsKeptWithItsUnit() {
        Stated.Amount a = (Stated.Amount) read("DeepSeek-V3的训练成本是557.6万元人民币").value();
        assertThat(a.unit().id()).isEqualTo("yuan");
        assertThat(a.unitAssumed()).isFalse();
    }

    @Test
    void aSentenceWithTwoFiguresMakesTwoStatements() {
        List<Interpretation> all = interpreter.interpretAll("DeepSeek-V3 was trained on 2,048 Nvidia H800 GPUs for $5.576 million", null);
        assertThat(all).extracting(Interpretation::property).containsExactly("training-gpu-count", "training-cost");
        assertThat(all.get(0).uncheckedFigures()).isEmpty();
        assertThat(((Stated.Amount) all.get(1).value()).unit().id()).isEqualTo("usd");
    }

    @Test
    void whatCannotBeReadIsSaid() {
        Interpretation nothing = read("The weather was pleasant yesterday");
        assertThat(nothing.mode()).isEqualTo(Interpretation.Mode.NONE);
        assertThat(nothing.notRecognised()).anyMatch(n -> n.startsWith("no entity"));
        Interpretation noProperty = read("Game Science employs 500 people");
        assertThat(noProperty.mode()).isEqualTo(Interpretation.Mode.NONE);
        assertThat(noProperty.subject()).isEqualTo("game-science");
        assertThat(noProperty.notRecognised()).anyMatch(n -> n.startsWith("no property")).anyMatch(n -> n.contains("'500'"));
    }

    @Test
    void aPropertyOnlyAFigurePointsToIsMarkedSo() {
        Interpretation in = read("宇树科技的年营收达到10亿元");
        assertThat(in.propertyNamed()).isFalse();
        assertThat(in.notRecognised()).anyMatch(n -> n.startsWith("no word of the sentence names"));
    }
}
