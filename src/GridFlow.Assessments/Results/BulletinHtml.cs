using System.Globalization;
using System.Net;
using System.Text;

namespace GridFlow.Assessments.Results;

/// <summary>
/// Renders a <see cref="Bulletin"/> as one self-contained zh-CN HTML page for printing: inline CSS (A4, a page per
/// county), no script, no external resource, every text HTML-encoded. The bulletin is the bureau's own document, in
/// Chinese only; its fixed wording lives in <see cref="BulletinText"/>.
/// </summary>
public static class BulletinHtml
{
    private const string Style = """
        @page { size: A4; margin: 18mm 15mm; }
        body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; font-size: 11pt; color: #000; margin: 0; }
        header { text-align: center; margin-bottom: 8mm; }
        h1 { font-size: 20pt; margin: 0 0 2mm; }
        h2 { font-size: 15pt; border-bottom: 1.5pt solid #000; padding-bottom: 1mm; }
        h3 { font-size: 12pt; margin: 5mm 0 2mm; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
        th, td { border: 0.75pt solid #000; padding: 1.2mm 2mm; text-align: left; }
        th { background: #eee; }
        td.n { text-align: right; }
        section.county { break-before: page; page-break-before: always; }
        section.county:first-of-type { break-before: auto; page-break-before: auto; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        p.none { color: #444; }
        """;

    public static string Render(Bulletin bulletin)
    {
        var run = bulletin.Run;
        var title = BulletinText.Title(bulletin.SchemeName, run.PeriodFrom, run.PeriodTo);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append(Style).Append("</style>\n</head>\n<body>\n<header>\n<h1>").Append(E(title)).Append("</h1>\n<p class=\"period\">")
            .Append(E(BulletinText.Period(run.PeriodFrom, run.PeriodTo))).Append("</p>\n<p class=\"scheme\">")
            .Append(E($"{BulletinText.Scheme}{bulletin.SchemeName}（{run.SchemeId} v{run.SchemeVersion}）")).Append("</p>\n</header>\n");
        if (bulletin.Counties.Count == 0)
        {
            html.Append("<p class=\"none\">").Append(E(BulletinText.NoResults)).Append("</p>\n");
        }

        foreach (var county in bulletin.Counties)
        {
            County(html, bulletin, county);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void County(StringBuilder html, Bulletin bulletin, BulletinCounty county)
    {
        var ranking = county.Ranking;
        html.Append("<section class=\"county\" data-region-id=\"").Append(E(ranking.RegionId)).Append("\">\n<h2>").Append(E(ranking.Name)).Append("</h2>\n")
            .Append("<p class=\"summary\">").Append(E(BulletinText.Summary(ranking.Inspectors, ranking.MeanScore))).Append("</p>\n");

        html.Append("<h3>").Append(E(BulletinText.Grades)).Append("</h3>\n<table class=\"grades\">\n<tr>");
        foreach (var grade in bulletin.Grades)
        {
            html.Append("<th>").Append(E(grade)).Append("</th>");
        }

        html.Append("</tr>\n<tr>");
        foreach (var grade in bulletin.Grades)
        {
            html.Append("<td class=\"n\">").Append(ranking.Grades.GetValueOrDefault(grade)).Append("</td>");
        }

        html.Append("</tr>\n</table>\n");
        Results(html, bulletin, "top", BulletinText.Top, ranking.Top);
        Results(html, bulletin, "bottom", BulletinText.Bottom, ranking.Bottom);

        html.Append("<h3>").Append(E(BulletinText.Dismissals)).Append("</h3>\n");
        if (county.Dismissals.Count == 0)
        {
            html.Append("<p class=\"none dismissals\">").Append(E(BulletinText.NoDismissals)).Append("</p>\n");
        }
        else
        {
            html.Append("<table class=\"dismissals\">\n<tr><th>").Append(E(BulletinText.Inspector)).Append("</th><th>").Append(E(BulletinText.Township))
                .Append("</th><th>").Append(E(BulletinText.FailingRuns)).Append("</th></tr>\n");
            foreach (var d in county.Dismissals)
            {
                html.Append("<tr><td>").Append(E(d.InspectorName)).Append("</td><td>").Append(E(bulletin.TownshipNames.GetValueOrDefault(d.RegionId) ?? ""))
                    .Append("</td><td class=\"n\">").Append(d.FailingRuns.Count).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h3>").Append(E(BulletinText.Figures)).Append("</h3>\n<table class=\"figures\">\n<tr>");
        foreach (var header in BulletinText.FigureHeaders)
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr>\n");
        if (county.Figures is { } own)
        {
            Figures(html, "county", own);
        }

        foreach (var township in county.Townships)
        {
            Figures(html, "township", township);
        }

        html.Append("</table>\n</section>\n");
    }

    private static void Results(StringBuilder html, Bulletin bulletin, string css, string heading, IReadOnlyList<ResultView> results)
    {
        html.Append("<h3>").Append(E(heading)).Append("</h3>\n<table class=\"").Append(css).Append("\">\n<tr><th>").Append(E(BulletinText.Rank)).Append("</th><th>")
            .Append(E(BulletinText.Inspector)).Append("</th><th>").Append(E(BulletinText.Township)).Append("</th><th>").Append(E(BulletinText.Score))
            .Append("</th><th>").Append(E(BulletinText.Grade)).Append("</th></tr>\n");
        foreach (var r in results)
        {
            html.Append("<tr><td class=\"n\">").Append(r.RankInCounty).Append("</td><td>").Append(E(r.InspectorName)).Append("</td><td>")
                .Append(E(bulletin.TownshipNames.GetValueOrDefault(r.RegionId) ?? "")).Append("</td><td class=\"n\">")
                .Append(r.Score.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(r.Grade)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Figures(StringBuilder html, string css, RegionFigures f) =>
        html.Append("<tr class=\"").Append(css).Append("\"><td>").Append(E(f.Name)).Append("</td><td class=\"n\">").Append(f.IssuesReceived)
            .Append("</td><td class=\"n\">").Append(f.IssuesClosed).Append("</td><td class=\"n\">").Append(f.IssuesClosedOnTime)
            .Append("</td><td class=\"n\">").Append(f.YellowCards).Append("</td><td class=\"n\">").Append(f.RedCards)
            .Append("</td><td class=\"n\">").Append(f.MissedReports).Append("</td></tr>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
