package io.pacer.demo.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.pacer.demo.data.Docs.EntityDoc;
import io.pacer.demo.data.Docs.RegionDoc;
import io.pacer.events.EntityType;
import io.pacer.events.RegionLevel;

/**
 * The registers: 云江市 with five districts; 南湖区 holds a dozen towns, streets and zones (高新区 among them), the
 * other districts three each. Every leaf has a finance, an investment, a land and a government office, and a few
 * enterprises (names drawn from the seed).
 */
public final class DemoCity {

    public static final String CITY = "yunjiang";
    public static final String DISTRICT = "nanhu";
    public static final String ZONE = "nanhu-hitech";

    /** id suffix, name, English name. The first district is the demo district. */
    private static final String[][] DISTRICTS = {
        {"nanhu", "南湖区", "Nanhu District"},
        {"dongcheng", "东城区", "Dongcheng District"},
        {"xicheng", "西城区", "Xicheng District"},
        {"beishan", "北山区", "Beishan District"},
        {"jiangbin", "江滨区", "Jiangbin District"},
    };

    private static final String[][] TOWNS = {
        {"nanhu", "hitech", "高新区", "High-tech Zone"},
        {"nanhu", "edz", "经济开发区", "Economic Development Zone"},
        {"nanhu", "chengdong", "城东街道", "Chengdong Subdistrict"},
        {"nanhu", "chengxi", "城西街道", "Chengxi Subdistrict"},
        {"nanhu", "hubin", "湖滨街道", "Hubin Subdistrict"},
        {"nanhu", "nanyuan", "南苑街道", "Nanyuan Subdistrict"},
        {"nanhu", "qingshan", "青山镇", "Qingshan Town"},
        {"nanhu", "baisha", "白沙镇", "Baisha Town"},
        {"nanhu", "longquan", "龙泉镇", "Longquan Town"},
        {"nanhu", "shiqiao", "石桥镇", "Shiqiao Town"},
        {"nanhu", "xintang", "新塘镇", "Xintang Town"},
        {"nanhu", "liuxi", "柳溪镇", "Liuxi Town"},
        {"dongcheng", "dongmen", "东门街道", "Dongmen Subdistrict"},
        {"dongcheng", "donghu", "东湖镇", "Donghu Town"},
        {"dongcheng", "park", "东城工业园", "Dongcheng Industrial Park"},
        {"xicheng", "xiguan", "西关街道", "Xiguan Subdistrict"},
        {"xicheng", "xishan", "西山镇", "Xishan Town"},
        {"xicheng", "park", "西城科技园", "Xicheng Science Park"},
        {"beishan", "street", "北山街道", "Beishan Subdistrict"},
        {"beishan", "beiling", "北岭镇", "Beiling Town"},
        {"beishan", "park", "北山物流园", "Beishan Logistics Park"},
        {"jiangbin", "street", "江滨街道", "Jiangbin Subdistrict"},
        {"jiangbin", "jiangkou", "江口镇", "Jiangkou Town"},
        {"jiangbin", "port", "江滨港区", "Jiangbin Port Zone"},
    };

    private static final String[] WORDS = {"精工", "华晟", "瑞丰", "恒达", "新源", "博远", "天成", "宏图", "云帆", "中科",
        "金桥", "立信", "鼎盛", "长风", "海纳", "汇通"};
    private static final String[] TRADES = {"机械", "电子", "新材料", "智能装备", "生物医药", "汽车零部件", "光电", "精密制造",
        "环保科技", "半导体"};
    private static final String[] ZONE_ENTERPRISES = {"高新智能装备有限公司", "南湖微电子科技有限公司", "云江新能源材料有限公司"};

    private final List<RegionDoc> regions = new ArrayList<>();
    private final List<EntityDoc> entities = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();

    DemoCity(long seed) {
        regions.add(new RegionDoc(CITY, "云江市", "Yunjiang City", null, RegionLevel.CITY));
        for (String[] d : DISTRICTS) {
            regions.add(new RegionDoc(d[0], d[1], d[2], CITY, RegionLevel.DISTRICT));
        }
        Random names = new Random(seed);
        for (String[] t : TOWNS) {
            String id = t[0] + "-" + t[1];
            regions.add(new RegionDoc(id, t[2], t[3], t[0], RegionLevel.TOWN));
            addEntities(id, t[2], DISTRICT.equals(t[0]) ? 3 : 2, names);
        }
    }

    private void addEntities(String town, String townName, int enterprises, Random names) {
        boolean zone = ZONE.equals(town);
        entities.add(new EntityDoc(town + "-fin", zone ? "高新区财政局" : townName + "财政所", EntityType.DEPARTMENT, town,
                DemoIndicators.FINANCE));
        // the zone's project counts come from its project register (ZoneProjects), not from its bureau
        entities.add(new EntityDoc(town + "-inv", zone ? "高新区招商局" : townName + "招商服务中心", EntityType.DEPARTMENT,
                town, zone ? List.of(DemoIndicators.INDUSTRIAL_INVESTMENT) : DemoIndicators.INVESTMENT));
        entities.add(new EntityDoc(town + "-land", zone ? "高新区规划建设局" : townName + "自然资源所",
                EntityType.DEPARTMENT, town, DemoIndicators.LAND));
        entities.add(new EntityDoc(town + "-gov", zone ? "高新区党政办" : townName + "党政办", EntityType.DEPARTMENT, town,
                DemoIndicators.OFFICE));
        for (int i = 1; i <= enterprises; i++) {
            String name = zone ? ZONE_ENTERPRISES[i - 1] : enterpriseName(names);
            entities.add(new EntityDoc(town + "-e" + i, name, EntityType.ENTERPRISE, town, DemoIndicators.ENTERPRISE));
        }
    }

    /** A company name not yet used (two units with one name would confuse the contributors list). */
    private String enterpriseName(Random names) {
        String name;
        do {
            name = "云江" + WORDS[names.nextInt(WORDS.length)] + TRADES[names.nextInt(TRADES.length)] + "有限公司";
        } while (!usedNames.add(name));
        return name;
    }

    public List<RegionDoc> regions() {
        return List.copyOf(regions);
    }

    public List<EntityDoc> entities() {
        return List.copyOf(entities);
    }

    static boolean isDemoDistrict(String town) {
        return town.startsWith(DISTRICT + "-");
    }
}
