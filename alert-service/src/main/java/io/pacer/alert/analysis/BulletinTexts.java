package io.pacer.alert.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.pacer.alert.text.Lang;
import io.pacer.alert.text.AlertTexts;
import io.pacer.events.AlertRule;
import io.pacer.events.Indicator;
import io.pacer.events.Period;

/**
 * The bulletin's wording in Chinese and English, all of it in this class. Percentages are shown to one decimal
 * (half up) with a {@code %} sign; regions and indicators by name. Every number in a paragraph is also a
 * {@link Fact}, unrounded.
 */
final class BulletinTexts {

    private final Lang lang;
    private final Function<String, String> regionName;

    /** {@code regionName} gives a region's name in {@code lang}. */
    BulletinTexts(Lang lang, Function<String, String> regionName) {
        this.lang = lang;
        this.regionName = regionName;
    }

    Bulletin write(String parentName, Period period, List<Findings> all) {
        String when = period(period);
        boolean zh = lang == Lang.ZH;
        String title = zh ? parentName + when + "主要指标通报" : "Monthly bulletin: " + parentName + ", " + when;
        List<String> paragraphs = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        if (all.isEmpty()) {
            paragraphs.add(zh ? when + "，" + parentName + "各地区暂无报送数据。"
                    : "No figures have been reported for the regions of " + parentName + " for " + when + ".");
            return new Bulletin(title, paragraphs, facts, all);
        }
        paragraphs.add(zh ? when + "，" + parentName + "各地区主要指标运行情况通报如下。"
                : "The main indicators of the regions of " + parentName + ", " + when + ":");
        for (Findings f : all) {
            paragraphs.add(paragraph(f, facts));
        }
        return new Bulletin(title, paragraphs, facts, all);
    }

    private String paragraph(Findings f, List<Fact> facts) {
        boolean zh = lang == Lang.ZH;
        String code = f.indicator().code();
        StringBuilder text = new StringBuilder(indicatorName(f.indicator())).append(zh ? "：" : ": ");
        if (f.growthLeaders().isEmpty()) {
            text.append(zh ? "增幅方面暂无可比数据" : "no growth can be compared yet");
        } else {
            BigDecimal growth = f.growthLeaders().get(0).value();
            f.growthLeaders().forEach(m -> facts.add(new Fact(Fact.GROWTH_LEADER, m.regionId(), code, m.value(),
                    null)));
            text.append(zh ? "增幅方面，" + names(f.growthLeaders()) + "以" + pct(growth) + "居首"
                    : names(f.growthLeaders()) + leads(f.growthLeaders()) + " growth at " + pct(growth));
        }
        if (!f.shareLeaders().isEmpty()) {
            BigDecimal share = f.shareLeaders().get(0).value();
            f.shareLeaders().forEach(m -> facts.add(new Fact(Fact.SHARE_LEADER, m.regionId(), code, m.value(),
                    null)));
            text.append(zh ? "；占比方面，" + names(f.shareLeaders()) + "以" + pct(share) + "居首"
                    : "; " + names(f.shareLeaders()) + leads(f.shareLeaders()) + " share at " + pct(share));
        }
        text.append(zh ? "。" : ".");
        if (!f.reds().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Findings.Red red : f.reds()) {
                red.rules().forEach(r -> facts.add(new Fact(Fact.RED_ALERT, red.regionId(), code, null, r)));
                parts.add(regionName.apply(red.regionId()) + (zh ? "（" : " (")
                        + String.join(zh ? "、" : ", ", red.rules().stream().map(this::ruleName).toList())
                        + (zh ? "）" : ")"));
            }
            text.append(zh ? "红灯预警：" + String.join("、", parts) + "。"
                    : " Red alerts: " + String.join("; ", parts) + ".");
        }
        if (!f.rankChanges().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Findings.Mark change : f.rankChanges()) {
                facts.add(new Fact(Fact.RANK_CHANGE, change.regionId(), code, change.value(), null));
                int places = change.value().intValue();
                String name = regionName.apply(change.regionId());
                parts.add(zh ? name + (places > 0 ? "上升" : "下降") + Math.abs(places) + "位"
                        : name + (places > 0 ? " up " : " down ") + Math.abs(places) + " places");
            }
            text.append(zh ? "增幅排名变动：" + String.join("，", parts) + "。"
                    : " Growth rank changes: " + String.join("; ", parts) + ".");
        }
        return text.toString();
    }

    String indicatorName(Indicator indicator) {
        String name = lang == Lang.EN && indicator.nameEn() != null ? indicator.nameEn() : indicator.name();
        return name == null ? indicator.code() : name;
    }

    /** "2026年1–5月" / "January–May 2026" (a year to date), one month alone for January. */
    String period(Period period) {
        if (lang == Lang.ZH) {
            return period.year() + "年" + (period.month() == 1 ? "1月" : "1–" + period.month() + "月");
        }
        String month = Month.of(period.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (period.month() == 1 ? month : "January–" + month) + " " + period.year();
    }

    /** One decimal, half up, and a % sign. */
    static String pct(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A 红黑榜 entry: the region and its growth. */
    String entry(Findings.Mark mark) {
        return regionName.apply(mark.regionId()) + " " + pct(mark.value());
    }

    String boardTitle() {
        return lang == Lang.ZH ? "红黑榜（按同比增幅）" : "Leaders and laggards (by growth)";
    }

    List<String> boardHeader() {
        return lang == Lang.ZH ? List.of("指标", "红榜（前三）", "黑榜（后三）")
                : List.of("Indicator", "Top three", "Bottom three");
    }

    /** The rule's name inside a sentence (in English, lower case: "behind schedule"). */
    String ruleName(AlertRule rule) {
        String name = AlertTexts.ruleName(rule, lang);
        return lang == Lang.EN && !name.isEmpty() ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    private String names(List<Findings.Mark> marks) {
        return String.join(lang == Lang.ZH ? "、" : " and ", marks.stream().map(m -> regionName.apply(m.regionId()))
                .toList());
    }

    private static String leads(List<Findings.Mark> marks) {
        return marks.size() > 1 ? " lead" : " leads";
    }
}
