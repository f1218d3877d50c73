namespace GridFlow.Server.Tests.Notifications.Escalations;

/// <summary>The same notices rendered in English: the card, level and overdue time in English words, the task's English name only.</summary>
public sealed class EnglishEscalationNoticeTests(EnglishMailFixture fixture) : IClassFixture<EnglishMailFixture>
{
    private readonly EscalationScenario scenario = new(fixture);

    [Fact]
    public async Task RedCardAndInterview_OfOneTask_AreTwoMails_NamingTheirLevelAndOverdueTime()
    {
        var (issueId, code) = await scenario.RedCardThenInterviewAsync("[Red card", "[Interview");

        var mails = scenario.CityMails(code);
        Assert.Equal(2, mails.Count);
        var red = Assert.Single(mails, m => m.Subject.StartsWith("[Red card", StringComparison.Ordinal));
        var interview = Assert.Single(mails, m => m.Subject.StartsWith("[Interview", StringComparison.Ordinal));
        Assert.Equal($"[Red card, level 2] {code} Accept and dispatch overdue by 2 working days", red.Subject);
        Assert.Equal($"[Interview, level 3] {code} Accept and dispatch overdue by 5 working days", interview.Subject);
        Assert.NotEqual(red.Body, interview.Body);
        Assert.Contains("Escalation: red card, level 2", red.Body);
        Assert.Contains("Escalation: interview, level 3", interview.Body);
        foreach (var mail in mails)
        {
            Assert.Contains("Task:        Accept and dispatch\n", mail.Body.ReplaceLineEndings("\n"));
            Assert.DoesNotContain("受理派单", mail.Subject + mail.Body);
            foreach (var action in new[] { "urge", "reassign", "extend", "close" })
            {
                Assert.Contains($"- {action}: ", mail.Body);
            }

            Assert.Contains($"Open it and act: http://127.0.0.1:5080/issues/{issueId}", mail.Body);
        }
    }

    [Fact]
    public async Task TaskAssigned_InEnglish_ShowsTheEnglishTaskNameOnly()
    {
        var (code, mail) = await scenario.AssignedMailAsync();

        Assert.StartsWith("[New task] Accept and dispatch: ", mail.Subject);
        Assert.Contains(code, mail.Subject);
        Assert.Contains("Task:        Accept and dispatch", mail.Body);
        Assert.DoesNotContain("受理派单", mail.Subject + mail.Body);
    }
}
