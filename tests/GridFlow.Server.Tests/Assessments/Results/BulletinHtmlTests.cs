using GridFlow.Assessments.Results;
using GridFlow.Contracts.Assessments;
using GridFlow.Data.Assessments;

namespace GridFlow.Server.Tests.Assessments.Results;

/// <summary>The bulletin's renderer alone: every text from data is HTML-encoded, and a county without anyone to dismiss says so.</summary>
public sealed class BulletinHtmlTests
{
    [Fact]
    public void Render_encodes_every_text_from_the_data()
    {
        var result = new ResultView("i1", "<script>alert(1)</script>", ["g1"], "t1", 42.5m, "不合格", 0m, 1, 1, 1, 1);
        var ranking = new RegionRanking("c1", "A&B区", 1, 42.5m, new Dictionary<string, int> { ["优秀"] = 0, ["不合格"] = 1 }, [result], [result]);
        var run = new AssessmentRun
        {
            SchemeId = "s", Kind = "facts", PeriodFrom = new DateOnly(2026, 11, 1), PeriodTo = new DateOnly(2026, 11, 30), Trigger = "request", Status = "done", RequestedBy = "x",
        };
        var bulletin = new Bulletin("<方案>", run, DateTimeOffset.UnixEpoch, ["优秀", "不合格"],
            [new BulletinCounty(ranking, [], new RegionFigures("c1", "A&B区", 3, 2, 1, 1, 0, 4), [new RegionFigures("t1", "\"镇\"", 3, 2, 1, 1, 0, 4)])],
            new Dictionary<string, string> { ["t1"] = "\"镇\"" });

        var html = BulletinHtml.Render(bulletin);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("<h2>A&amp;B区</h2>", html);
        Assert.Contains("&lt;方案&gt;月度通报（2026年11月）", html);
        Assert.Contains("<td>&quot;镇&quot;</td>", html);
        Assert.Contains("<p class=\"none dismissals\">无。</p>", html);
        Assert.Contains("<tr class=\"township\"><td>&quot;镇&quot;</td><td class=\"n\">3</td><td class=\"n\">2</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">4</td></tr>", html);
    }
}
