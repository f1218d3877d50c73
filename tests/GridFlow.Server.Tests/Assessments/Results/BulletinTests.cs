using System.Text.RegularExpressions;
using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Assessments.Results;

/// <summary>
/// The printable bulletin (月度通报): one self-contained zh-CN page, a section per county with its figures, scoped like
/// results. (No test of this suite drives a browser and the machine has no Chromium, so it is checked by structure, not by
/// a screenshot.)
/// </summary>
[Collection(RunsCollection.Name)]
public sealed partial class BulletinTests(RunsFixture fixture)
{
    [Fact]
    public async Task The_bulletin_is_a_printable_page_with_a_section_per_county()
    {
        var from = new DateOnly(RunsFixture.Today.Year, RunsFixture.Today.Month, 1).AddMonths(-1);
        var admin = await fixture.App.ClientForAsync("admin");
        var run = await RunsFixture.RunAsync(admin, from, from.AddMonths(1).AddDays(-1));
        var runId = run.GetProperty("id").GetString();

        var response = await admin.GetAsync($"/api/assessment-runs/{runId}/bulletin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains($"网格员月度考核月度通报（{from.Year}年{from.Month}月）", html);
        Assert.Contains("@page { size: A4;", html);
        Assert.Contains("page-break-before: always", html);
        Assert.DoesNotMatch(ExternalResource(), html);
        var counties = (await admin.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/rankings?level=county")).EnumerateArray().ToList();
        Assert.Equal(counties.Select(c => c.GetProperty("regionId").GetString()), Sections().Matches(html).Select(m => m.Groups[1].Value));
        foreach (var part in new[] { "等级分布", "前三名", "后三名", "拟解聘名单", "区县及乡镇（街道）指标" })
        {
            Assert.Equal(counties.Count, Regex.Count(html, $"<h3>{part}</h3>"));
        }

        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var own = await supervisor.GetStringAsync($"/api/assessment-runs/{runId}/bulletin");
        Assert.Equal([fixture.Facts.DemoCountyId.ToString()], Sections().Matches(own).Select(m => m.Groups[1].Value).ToArray());
        Assert.Contains("<h2>东昌府区</h2>", own);
        Assert.Contains("<tr class=\"county\"><td>东昌府区</td>", own);
        var inspector = await fixture.App.ClientForAsync("inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/assessment-runs/{runId}/bulletin")).StatusCode);
    }

    [GeneratedRegex("<section class=\"county\" data-region-id=\"([^\"]+)\">")]
    private static partial Regex Sections();

    [GeneratedRegex("<script|<link|<img|<iframe|\\burl\\(|src=|https?://", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();
}
