using GridFlow.Assessments.Housekeeping;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Assessments.Patrols;

/// <summary>Old finished patrols lose their raw points, never their track or summary; recent and recording ones keep them.</summary>
[Collection(PatrolsCollection.Name)]
public sealed class PatrolPointsRetentionJobTests(PatrolFixture fixture)
{
    [Fact]
    public async Task Run_DeletesThePointsOfOldFinishedPatrols_AndKeepsTheirTracks()
    {
        var sql = new TestSql(fixture.App.ConnectionString);
        var inspector = await fixture.App.ClientForAsync("inspector");
        var start = DateTimeOffset.UtcNow.AddHours(-6);
        var old = await PatrolAsync(inspector, start, finished: true);
        var recent = await PatrolAsync(inspector, start.AddHours(1), finished: true);
        var recording = await PatrolAsync(inspector, start.AddHours(2), finished: false);
        await sql.ExecuteAsync("UPDATE patrols SET ended_at = now() - interval '91 days' WHERE id = $1", Guid.Parse(old));
        var oldBefore = await inspector.GetFromJsonAsync<JsonElement>($"/api/patrols/{old}");

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PatrolPointsRetentionJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(0L, await PointsAsync(sql, old));
        Assert.Equal(11L, await PointsAsync(sql, recent));
        Assert.Equal(11L, await PointsAsync(sql, recording));
        var oldAfter = await inspector.GetFromJsonAsync<JsonElement>($"/api/patrols/{old}");
        Assert.Equal(oldBefore.GetProperty("km").GetDouble(), oldAfter.GetProperty("km").GetDouble());
        Assert.Equal(oldBefore.GetProperty("valid").GetBoolean(), oldAfter.GetProperty("valid").GetBoolean());
        Assert.Equal(11, oldAfter.GetProperty("track").GetProperty("coordinates").GetArrayLength());
    }

    private async Task<string> PatrolAsync(HttpClient inspector, DateTimeOffset start, bool finished) =>
        (await Walk.UploadAsync(inspector, fixture.GridId, 115.045, 20.01, start, Walk.Steps(10, 100, 110), finished)).GetProperty("id").GetString()!;

    private static async Task<long> PointsAsync(TestSql sql, string patrolId) =>
        await sql.ScalarAsync<long>("SELECT count(*) FROM patrol_points WHERE patrol_id = $1", Guid.Parse(patrolId));
}
