using System.Globalization;
using GridFlow.Regions.Directory;
using GridFlow.Assessments.Runs;
using MiniExcelLibs;

namespace GridFlow.Assessments.Results;

/// <summary>
/// A run's results as an xlsx workbook (MiniExcel): a sheet of results, one row per inspector, and a sheet of the
/// scorecards' lines, one row per line with its facts as text, so a county checks a point lost without the API. Column
/// headers are zh-CN: the workbook goes to the bureau's offices as it is.
/// </summary>
public sealed class ResultWorkbook(RegionDirectory regions)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string ResultsSheet = "考核结果";
    public const string LinesSheet = "扣分明细";

    public static string FileName(RunScheme scheme, AssessmentRun run) =>
        $"{scheme.Name}_{run.SchemeId}_{run.PeriodFrom:yyyy-MM-dd}_{run.PeriodTo:yyyy-MM-dd}.xlsx";

    public async Task<byte[]> WriteAsync(IReadOnlyList<AssessmentResult> results, CancellationToken cancellationToken)
    {
        var summary = new List<Dictionary<string, object?>>(results.Count);
        var lines = new List<Dictionary<string, object?>>();
        foreach (var r in results)
        {
            var township = (await regions.FindAsync(r.RegionId, cancellationToken))?.Name ?? "";
            var county = (await regions.FindAsync(r.CountyId, cancellationToken))?.Name ?? "";
            summary.Add(new Dictionary<string, object?>
            {
                ["网格员"] = r.InspectorName, ["网格员编号"] = r.InspectorId.ToString(), ["乡镇（街道）"] = township, ["区县"] = county,
                ["网格数"] = r.GridIds.Count, ["网格"] = string.Join(", ", r.GridIds), ["得分"] = r.Score, ["等级"] = r.Grade, ["绩效系数"] = r.Pay,
                ["乡镇排名"] = r.RankInTownship, ["区县排名"] = r.RankInCounty, ["全市排名"] = r.RankInCity,
            });
            foreach (var line in ScorecardJson.Read(r.Lines))
            {
                lines.Add(new Dictionary<string, object?>
                {
                    ["网格员"] = r.InspectorName, ["网格员编号"] = r.InspectorId.ToString(), ["考核项"] = line.ItemId, ["类型"] = line.Kind,
                    ["分值"] = line.Points, ["次数"] = line.Count, ["封顶"] = line.Capped ? "是" : "否", ["事实"] = FactsText(line.Facts),
                });
            }
        }

        var sheets = new Dictionary<string, object>
        {
            [ResultsSheet] = summary,
            [LinesSheet] = lines,
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    /// <summary>Each fact as "type id time (note)", times in UTC ISO 8601 as the API gives them; one per line of the cell.</summary>
    private static string FactsText(IReadOnlyList<ScoreFact> facts) =>
        string.Join("\n", facts.Select(f => $"{f.Type} {f.Id} {f.At.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}{(f.Note is null ? "" : $" ({f.Note})")}"));
}
