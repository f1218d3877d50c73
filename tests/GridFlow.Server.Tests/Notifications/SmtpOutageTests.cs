using netDumbster.smtp;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>While SMTP is down mails wait and are retried with backoff; when it comes back each is sent exactly once.</summary>
public sealed class SmtpOutageTests(SmtpDownAppFixture fixture) : IClassFixture<SmtpDownAppFixture>
{
    [Fact]
    public async Task SmtpDownThenBack_EveryMailArrivesExactlyOnce()
    {
        var lifecycle = new Lifecycle(fixture.App);
        var probe = new NotificationProbe(fixture.App);
        var issues = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            issues.Add(Guid.Parse((await lifecycle.ReportAsync()).GetProperty("id").GetString()!));
        }

        // Down: every mail fails, stays pending and backs off (0.2 s, 0.4 s, then 1 s in this host).
        await Eventually.TrueAsync(async () =>
        {
            var rows = (await Task.WhenAll(issues.Select(probe.EmailsAsync))).SelectMany(r => r).ToList();
            return rows.Count >= issues.Count && rows.All(r => r.Attempts >= 2 && r.Status is "pending" or "sending");
        }, "every mail to fail at least twice");
        var failing = (await Task.WhenAll(issues.Select(probe.EmailsAsync))).SelectMany(r => r).ToList();
        Assert.All(failing, r => Assert.False(string.IsNullOrEmpty(r.LastError)));
        Assert.All(failing, r => Assert.True(r.NextAttemptAt > r.CreatedAt.AddSeconds(0.2 * 2), $"backoff after {r.Attempts} attempts: {r.NextAttemptAt - r.CreatedAt}"));

        using var smtp = SimpleSmtpServer.Start(fixture.SmtpPort);
        await Eventually.TrueAsync(async () =>
            (await Task.WhenAll(issues.Select(probe.EmailsAsync))).SelectMany(r => r).All(r => r.Status == "sent"), "every mail sent");
        // A little longer, so that a second send (if there were one) would have arrived too.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var rows = (await Task.WhenAll(issues.Select(probe.EmailsAsync))).SelectMany(r => r).ToList();
        var received = smtp.ReceivedEmail.Select(m => ReceivedMail.Parse(m.Data)).ToList();
        Assert.Equal(rows.Count, received.Count);
        Assert.Equal(rows.Select(r => $"{r.Id:D}@gridflow").Order(), received.Select(m => m.MessageId).Order());
    }
}
