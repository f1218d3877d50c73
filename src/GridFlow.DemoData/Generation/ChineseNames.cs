namespace GridFlow.DemoData.Generation;

/// <summary>Material for plausible zh-CN personal names: common surnames and given-name characters.</summary>
internal static class ChineseNames
{
    /// <summary>
    /// Common surnames, the most frequent in Shandong listed more than once so they come up more often,
    /// as they do in a real roster.
    /// </summary>
    public static readonly IReadOnlyList<string> Surnames =
    [
        "王", "王", "王", "张", "张", "张", "李", "李", "李", "刘", "刘", "刘", "陈", "陈", "杨", "杨",
        "赵", "赵", "孙", "孙", "徐", "马", "高", "孟", "朱", "胡", "郭", "何", "林", "郑", "梁", "宋",
        "韩", "冯", "于", "董", "曹", "田", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢",
        "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "崔", "程", "吴", "周", "谢", "唐", "姜", "范",
        "侯", "邵", "任", "颜", "路", "牛", "尹", "武", "段", "耿", "葛", "房", "解", "司",
    ];

    /// <summary>Characters common in men's given names.</summary>
    public static readonly IReadOnlyList<string> MaleCharacters =
    [
        "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "建", "国", "文", "辉", "鹏",
        "飞", "宇", "浩", "晨", "鑫", "峰", "波", "斌", "亮", "凯", "东", "海", "志", "新", "永", "庆",
        "立", "金", "博", "振", "德", "福", "成", "利", "帅", "阳", "旭", "彬", "俊", "健", "林", "平",
    ];

    /// <summary>Characters common in women's given names.</summary>
    public static readonly IReadOnlyList<string> FemaleCharacters =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "桂", "英", "华", "玉", "兰", "萍", "红", "婷",
        "雪", "梅", "琳", "颖", "春", "秀", "晓", "燕", "佳", "欣", "瑞", "云", "丹", "倩", "莉", "慧",
        "洁", "青", "月", "琴", "凤", "玲", "莹", "璐", "蕾", "薇", "珊", "萌", "悦", "晶", "宁", "平",
    ];
}
