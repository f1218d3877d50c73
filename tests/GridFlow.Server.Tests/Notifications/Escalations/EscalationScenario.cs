using GridFlow.Server.Tests.Workflows.Runtime.Timers;

namespace GridFlow.Server.Tests.Notifications.Escalations;

/// <summary>
/// One task of the default lifecycle left undone until its red card (2 working days after the deadline) and then its
/// interview (5 working days after it) are raised to the city supervisors, each in a sweep of its own, with the mails
/// and in-app notifications that follow.
/// </summary>
public sealed class EscalationScenario(ClockedMailFixture fixture)
{
    public const string City = "city-supervisor";

    public const string CityAddress = "city-supervisor@demo.gridflow.local";

    private readonly TimerFlow flow = new(fixture.Host);

    /// <summary>Reports an issue, lets its accept task's red card and then its interview fire; returns the issue's id and code once both mails arrived.</summary>
    public async Task<(string IssueId, string Code)> RedCardThenInterviewAsync(string redMarker, string interviewMarker)
    {
        var (issueId, taskId) = await flow.ReportAsync();
        var code = await flow.Db.ScalarAsync<string>("SELECT code FROM issues WHERE id = $1", issueId);
        var red = await flow.TimerDueAsync(taskId, "escalation", 2);
        var interview = await flow.TimerDueAsync(taskId, "escalation", 3);

        fixture.Host.AdvanceTo(red.AddSeconds(1));
        await CityMailAsync(code, redMarker);
        fixture.Host.AdvanceTo(interview.AddSeconds(1));
        await CityMailAsync(code, interviewMarker);
        // Another sweep and a moment for a second delivery, so "exactly one each" below is not merely "not yet".
        await fixture.Host.SweptAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        return (issueId.ToString(), code);
    }

    /// <summary>The city supervisor's mails about the issue.</summary>
    public List<ReceivedMail> CityMails(string code) => fixture.Mails.Where(m => m.To == CityAddress && m.Subject.Contains(code, StringComparison.Ordinal)).ToList();

    /// <summary>The user's in-app notifications of a kind about the issue, as the API lists them.</summary>
    public async Task<List<JsonElement>> InAppAsync(string userName, string issueId, string kind)
    {
        var client = await fixture.Host.ClientForAsync(userName);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/notifications?mine=true&pageSize=500");
        return page.GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == kind && n.GetProperty("issueId").GetString() == issueId).ToList();
    }

    /// <summary>Reports an issue; returns its code and the township officer's task-assigned mail about it.</summary>
    public async Task<(string Code, ReceivedMail Mail)> AssignedMailAsync()
    {
        var (issueId, _) = await flow.ReportAsync();
        var code = await flow.Db.ScalarAsync<string>("SELECT code FROM issues WHERE id = $1", issueId);
        var mail = await Eventually.GetAsync(
            () => Task.FromResult(fixture.Mails.FirstOrDefault(m => m.To == "township-officer@demo.gridflow.local" && m.Subject.Contains(code, StringComparison.Ordinal))),
            $"the task-assigned mail about {code}");
        return (code, mail);
    }

    private Task<ReceivedMail> CityMailAsync(string code, string marker) =>
        Eventually.GetAsync(() => Task.FromResult(CityMails(code).FirstOrDefault(m => m.Subject.Contains(marker, StringComparison.Ordinal))), $"the city's '{marker}' mail about {code}");
}
