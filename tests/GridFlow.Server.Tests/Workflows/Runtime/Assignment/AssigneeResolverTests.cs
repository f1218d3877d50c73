using GridFlow.Accounts.Provisioning;
using GridFlow.Contracts.Accounts;
using GridFlow.Notifications.Delivery;
using GridFlow.Regions.Spatial;
using GridFlow.Workflows.Core.Models;
using GridFlow.Workflows.Runtime.Assignment;
using GridFlow.Workflows.Runtime.Contracts;
using GridFlow.Workflows.Runtime.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Workflows.Runtime.Assignment;

/// <summary>
/// The one resolver of assignee rules, against the demo city: each rule names the person or the role a task goes to,
/// and a notification with the same rule reaches the same people.
/// </summary>
public sealed class AssigneeResolverTests(AssigneeResolverTests.Fixture fixture) : IClassFixture<AssigneeResolverTests.Fixture>
{
    public sealed class Fixture : DemoAppFixture
    {
        public DemoFacts Facts { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Facts = await DemoFacts.LoadAsync(App);
        }
    }

    private AssigneeResolver Resolver => fixture.App.GetService<AssigneeResolver>();

    private async Task<IssueContext> IssueAsync(Guid? id = null, Guid? reporterInspector = null)
    {
        var f = fixture.Facts;
        var grid = (await fixture.App.GetService<GridSpatialIndex>().GetSnapshotAsync(CancellationToken.None)).Find(f.InspectorGridId)!;
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var city = await db.Regions.Where(r => r.Id == f.DemoCountyId).Select(r => r.ParentId!.Value).SingleAsync();
        return new IssueContext(id ?? Guid.CreateVersion7(), "20260302-000001", "dust", "patrol", "reported", grid.Id, grid.RegionId, f.DemoCountyId, city, grid.RegionPath,
            "someone", reporterInspector, 0, false);
    }

    [Fact]
    public async Task GridInspector_IsTheGridsInspector()
    {
        var assignee = await Resolver.ResolveAsync(new AssigneeRule("gridInspector"), await IssueAsync(), CancellationToken.None);

        Assert.Equal(new ResolvedAssignee("gridInspector", null, fixture.Facts.InspectorId, null, null), assignee);
    }

    [Theory]
    [InlineData("townshipOfficers", Roles.TownshipOfficer, "township")]
    [InlineData("countySupervisors", Roles.CountySupervisor, "county")]
    [InlineData("citySupervisors", Roles.CitySupervisor, "city")]
    public async Task RegionalRules_AreARoleInTheIssuesRegionAtThatLevel(string rule, string role, string level)
    {
        var issue = await IssueAsync();

        var assignee = await Resolver.ResolveAsync(new AssigneeRule(rule), issue, CancellationToken.None);

        var region = level switch { "township" => issue.TownshipId, "county" => issue.CountyId, _ => issue.CityId };
        Assert.Equal(new ResolvedAssignee(rule, null, null, role, region), assignee);
    }

    [Fact]
    public async Task User_IsThatUser_AndAnUnknownName_FallsBackToTheTownshipsOfficers()
    {
        var issue = await IssueAsync();
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var supervisorId = await db.Users.Where(u => u.UserName == "county-supervisor").Select(u => u.Id).SingleAsync();

        var known = await Resolver.ResolveAsync(new AssigneeRule("user", "County-Supervisor"), issue, CancellationToken.None);
        var unknown = await Resolver.ResolveAsync(new AssigneeRule("user", "nobody-by-this-name"), issue, CancellationToken.None);

        Assert.Equal(new ResolvedAssignee("user", supervisorId, null, null, null), known);
        Assert.Equal(new ResolvedAssignee("user", null, null, Roles.TownshipOfficer, issue.TownshipId), unknown);
    }

    [Fact]
    public async Task CrossCheckInspector_IsAnotherInspectorOfTheTownship_TheSameForTheSameIssue()
    {
        var snapshot = await fixture.App.GetService<GridSpatialIndex>().GetSnapshotAsync(CancellationToken.None);
        var issue = await IssueAsync(reporterInspector: fixture.Facts.InspectorId);

        var first = await Resolver.ResolveAsync(new AssigneeRule("crossCheckInspector"), issue, CancellationToken.None);
        var again = await Resolver.ResolveAsync(new AssigneeRule("crossCheckInspector"), issue, CancellationToken.None);

        Assert.Equal(first, again);
        var checker = Assert.IsType<Guid>(first.InspectorId);
        Assert.NotEqual(fixture.Facts.InspectorId, checker);
        Assert.Contains(snapshot.InTownship(issue.TownshipId), g => g.InspectorId == checker);
    }

    /// <summary>
    /// A notification to <c>crossCheckInspector</c> reaches the cross-checker's account, the inspector a task with that
    /// rule would go to (it once went to the township's officers instead).
    /// </summary>
    [Fact]
    public async Task ANotificationWithARule_ReachesWhoATaskWithTheRuleWouldGoTo()
    {
        var issue = await IssueAsync(reporterInspector: fixture.Facts.InspectorId);
        var checker = (await Resolver.ResolveAsync(new AssigneeRule("crossCheckInspector"), issue, CancellationToken.None)).InspectorId!.Value;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountProvisioner>().EnsureAsync(
                new NewAccount("cross-checker", "交叉检查员", null, Roles.Inspector, issue.TownshipId, checker, "GridFlow!2026"));
        }

        var users = await fixture.App.GetService<RecipientFinder>().FindAsync(
            OutboxRecipients.Of(new AssigneeRule("crossCheckInspector")), new IssueFacts(issue, "扬尘", null), null, CancellationToken.None);

        Assert.Equal(["cross-checker"], users.Select(u => u.UserName));
    }
}
