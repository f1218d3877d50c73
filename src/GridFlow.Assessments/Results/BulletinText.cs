using System.Globalization;

namespace GridFlow.Assessments.Results;

/// <summary>The bulletin's fixed wording (zh-CN: the bulletin is the bureau's document, printed and filed in Chinese).</summary>
public static class BulletinText
{
    public const string Scheme = "考核方案：";
    public const string NoResults = "本期无考核结果。";
    public const string Grades = "等级分布";
    public const string Top = "前三名";
    public const string Bottom = "后三名";
    public const string Dismissals = "拟解聘名单";
    public const string NoDismissals = "无。";
    public const string Figures = "区县及乡镇（街道）指标";
    public const string Rank = "区县排名";
    public const string Inspector = "网格员";
    public const string Township = "乡镇（街道）";
    public const string Score = "得分";
    public const string Grade = "等级";
    public const string FailingRuns = "连续不合格期数";

    public static readonly IReadOnlyList<string> FigureHeaders = ["地区", "受理问题", "办结", "按期办结", "黄牌", "红牌", "漏报"];

    /// <summary>月度通报 for a calendar month, 考核通报 for any other period.</summary>
    public static string Title(string scheme, DateOnly from, DateOnly to) =>
        from.Day == 1 && to == from.AddMonths(1).AddDays(-1)
            ? $"{scheme}月度通报（{from.Year}年{from.Month}月）"
            : $"{scheme}考核通报";

    public static string Period(DateOnly from, DateOnly to) => $"考核期间：{Date(from)}至{Date(to)}";

    public static string Summary(int inspectors, decimal mean) =>
        $"参评网格员{inspectors}人，平均得分{mean.ToString("0.00", CultureInfo.InvariantCulture)}分。";

    private static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
