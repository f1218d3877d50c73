using GridFlow.Server.Tests.Notifications;
using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Operations.Authorization;

/// <summary>
/// A host on its own demo database with one object of each kind in the demo accounts' scope ("own": the demo
/// inspector's grid, in the county supervisor's county) and one in another county ("other"), for the matrix.
/// </summary>
public sealed class MatrixFixture : DemoAppFixture
{
    /// <summary>A category whose lifecycle escalates at once (due in a second, a yellow card right after).</summary>
    public const string EscalatingCategory = "matrix-escalating";

    public const string MigratedDefinition = "matrix-migrate";

    public DemoFacts Facts { get; private set; } = null!;

    public IssueObjects Own { get; private set; } = null!;

    public IssueObjects Other { get; private set; } = null!;

    /// <summary>A township of the demo county without grids or a known extent, where each new grid gets a place of its own.</summary>
    public Guid EmptyTownshipId { get; private set; }

    /// <summary>A notification of the township officer, which only they may mark read.</summary>
    public Guid OfficerNotificationId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Facts = await DemoFacts.LoadAsync(App);
        EmptyTownshipId = await TestTownship.CreateAsync(App, "999000009");
        var designer = new Designer(App);
        await designer.PublishAsync(Escalating());
        await designer.MapCategoryAsync(EscalatingCategory, EscalatingCategory);
        var migrated = Definitions.WithDecision(MigratedDefinition, "true");
        await designer.PublishAsync(migrated);
        await designer.PublishAsync(migrated);

        await TestAccounts.OtherCountyOfficerAsync(App.Services);
        await TestAccounts.OtherCountyInspectorAsync(App.Services);
        var flow = new Lifecycle(App);
        Own = await ObjectsAsync(flow, "inspector", await flow.InspectorGridCentreAsync(), "township-officer");
        Other = await ObjectsAsync(flow, "city-supervisor", await flow.GridCentreAsync(Facts.OtherCountyGridId), TestAccounts.OtherCountyOfficer);
        OfficerNotificationId = Guid.Parse((await new NotificationProbe(App).InAppAsync("township-officer", Own.IssueId.ToString())).GetProperty("id").GetString()!);
        await MatrixRequests.PrepareRunsAsync(this);
    }

    /// <summary>
    /// An issue with its accept task open, another dispatched and rectified with a photo, and a third whose task is
    /// overdue with an open yellow card.
    /// </summary>
    private async Task<IssueObjects> ObjectsAsync(Lifecycle flow, string reporter, (double Lat, double Lon) at, string worker)
    {
        var issue = await flow.ReportAsync(reporter: reporter, at: at);
        var issueId = issue.GetProperty("id").GetString()!;
        var task = await flow.TaskAsync("admin", issueId, "accept", inbox: false);

        var rectified = (await flow.ReportAsync(reporter: reporter, at: at)).GetProperty("id").GetString()!;
        await Complete(flow, worker, rectified, "accept", "dispatch", null);
        var photo = await flow.UploadPhotoAsync(worker);
        await Complete(flow, worker, rectified, "rectify", "submitted", new { description = "已整改 / done", photos = new[] { photo } });

        var escalated = (await flow.ReportAsync(EscalatingCategory, reporter, at: at)).GetProperty("id").GetString()!;
        var escalation = await Eventually.GetAsync<string?>(async () =>
        {
            var page = await (await App.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/escalations?status=open&pageSize=500");
            return page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("issueId").GetString() == escalated)
                .Select(e => e.GetProperty("id").GetString()).FirstOrDefault();
        }, $"the yellow card of {escalated}");

        return new IssueObjects(Guid.Parse(issueId), Guid.Parse(task.GetProperty("id").GetString()!), Guid.Parse(issue.GetProperty("workflowInstanceId").GetString()!),
            Guid.Parse(photo), Guid.Parse(escalation!), at);
    }

    private static async Task Complete(Lifecycle flow, string worker, string issueId, string activityId, string outcome, object? data)
    {
        var task = await flow.TaskAsync("admin", issueId, activityId, inbox: false);
        var response = await flow.CompleteAsync(worker, task.GetProperty("id").GetString()!, outcome, data);
        Assert.True(response.IsSuccessStatusCode, $"{worker} {activityId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static JsonObject Escalating()
    {
        var definition = Definitions.WithDecision(EscalatingCategory, "true");
        var first = Definitions.Activity(definition, "first");
        first["due"] = "PT1S";
        first["escalations"] = new JsonArray(new JsonObject
        {
            ["after"] = "PT0S", ["level"] = 1, ["role"] = "county-supervisor", ["scope"] = "county", ["card"] = "yellow",
        });
        return definition;
    }
}
