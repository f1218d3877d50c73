using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Assessments.Patrols;

/// <summary>
/// A finished patrol is judged by the patrol rule of the scheme that assesses its grid: a county that publishes a scheme
/// of its own with a shorter minimum makes a 12-minute walk count there, as its runs will. A host of its own: the county
/// scheme would change what the other patrol tests expect.
/// </summary>
public sealed class PatrolRuleFromSchemeTests(PatrolFixture fixture) : IClassFixture<PatrolFixture>
{
    [Fact]
    public async Task A_countys_own_scheme_sets_the_rule_its_patrols_are_judged_by()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        var walk = Walk.Steps(12, 100, 60);
        var before = await Walk.UploadAsync(inspector, fixture.GridId, 115.01, 20.001, DateTimeOffset.UtcNow.AddHours(-3), walk);
        Assert.Equal(["too-short"], before.GetProperty("invalidReasons").EnumerateArray().Select(r => r.GetString()!).ToArray());

        var scheme = TestSchemes.Shipped();
        scheme["schemeId"] = "county-rule";
        scheme["regionId"] = fixture.Facts.DemoCountyId.ToString();
        scheme["patrolRule"]!["minMinutes"] = 10;
        scheme.Remove("version");
        var designer = await fixture.App.ClientForAsync("designer");
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsJsonAsync("/api/assessment-schemes/county-rule/draft", scheme)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await designer.PostAsync("/api/assessment-schemes/county-rule/publish", null)).StatusCode);

        var after = await Walk.UploadAsync(inspector, fixture.GridId, 115.02, 20.001, DateTimeOffset.UtcNow.AddHours(-2), walk);
        Assert.True(after.GetProperty("valid").GetBoolean());
    }
}
