namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>What an inspector writes for an issue of each category (zh-CN, as the reports are).</summary>
public static class Descriptions
{
    public static string For(string category) => category switch
    {
        "dust" => "工地未覆盖裸土，车辆带泥上路，扬尘明显",
        "restaurant-fumes" => "餐馆油烟净化器未开启，油烟直排",
        "loose-coal" => "居民院内堆放散煤，未入库",
        "small-workshop" => "无手续小作坊生产，废气未经处理排放",
        _ => "巡查发现环境问题，需街道处理",
    };
}
