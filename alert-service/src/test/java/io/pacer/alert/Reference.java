package io.pacer.alert;

import java.util.List;

import io.pacer.events.Basis;
import io.pacer.events.Better;
import io.pacer.events.Indicator;
import io.pacer.events.Region;
import io.pacer.events.RegionLevel;

/** Object Mother of the demo district's registers: district d1 with the High-tech Zone gxq and two towns. */
public final class Reference {

    public static final Region CITY = new Region("city", "市", "City", null, RegionLevel.CITY);
    public static final Region DISTRICT = new Region("d1", "一区", "District 1", "city", RegionLevel.DISTRICT);
    public static final Region ZONE = new Region("gxq", "高新区", "High-tech Zone", "d1", RegionLevel.TOWN);
    public static final Region TOWN_A = new Region("ta", "甲镇", "Town A", "d1", RegionLevel.TOWN);
    public static final Region TOWN_B = new Region("tb", "乙镇", "Town B", "d1", RegionLevel.TOWN);
    public static final Indicator PROJECTS_COMPLETED = new Indicator("projects_completed", "亿元以上项目竣工",
            "Projects completed", "个", Basis.CUMULATIVE, Better.HIGHER, null, true);
    public static final Indicator ENERGY_USE = new Indicator("energy_use", "综合能耗", "Energy use", "吨标准煤",
            Basis.CUMULATIVE, Better.LOWER, null, true);

    private Reference() {
    }

    public static List<Object> all() {
        return List.of(CITY, DISTRICT, ZONE, TOWN_A, TOWN_B, PROJECTS_COMPLETED, ENERGY_USE);
    }
}
