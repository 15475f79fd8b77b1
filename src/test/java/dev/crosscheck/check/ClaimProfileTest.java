package dev.crosscheck.check;

import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.Interval;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimProfileTest {

    private static final String LIST = "这里集聚了1个国家实验室、2个大科学装置、5家省实验室";

    private static ClaimValue count(double n) {
        return new ClaimValue.Numeric(Interval.exact(n), "item", null);
    }

    @Test
    void aQuoteListingSeveralFiguresNamesOnlyTheClaimsOwnItem() {
        assertThat(ClaimProfile.ownItems(LIST, count(5))).isEqualTo("这里集聚了、、5家省实验室");
        assertThat(ClaimProfile.ownItems(LIST, count(2))).isEqualTo("这里集聚了、2个大科学装置、");
        // A figure in no item: every item stating another figure is a neighbour's.
        assertThat(ClaimProfile.ownItems(LIST, count(7))).isEqualTo("这里集聚了、、");
    }

    @Test
    void theWordsBeforeAnItemsFigureStayForEveryClaimOfTheList() {
        String shares = "外资总量占全国的5.63%、全省的42.84%";
        assertThat(ClaimProfile.ownItems(shares, new ClaimValue.Numeric(Interval.exact(42.84), "percent", null)))
                .isEqualTo("外资总量占全国的、全省的42.84%");
    }

    @Test
    void aQuoteWithOneFigureOrNoListIsWhole() {
        assertThat(ClaimProfile.ownItems("甲公司、乙公司和丙公司3家企业", count(3))).isEqualTo("甲公司、乙公司和丙公司3家企业");
        assertThat(ClaimProfile.ownItems("获批28家实验室,占全省68%", count(28))).isEqualTo("获批28家实验室,占全省68%");
    }
}
