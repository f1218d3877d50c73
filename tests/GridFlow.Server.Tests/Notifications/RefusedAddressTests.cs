namespace GridFlow.Server.Tests.Notifications;

/// <summary>A permanently refused address (550 to RCPT TO) is recorded as refused, shown to admins, and not retried.</summary>
public sealed class RefusedAddressTests(RefusingSmtpAppFixture fixture) : IClassFixture<RefusingSmtpAppFixture>
{
    [Fact]
    public async Task RefusedRecipient_IsRecordedOnce_AndNeverRetried()
    {
        var issueId = Guid.Parse((await new Lifecycle(fixture.App).ReportAsync()).GetProperty("id").GetString()!);
        var probe = new NotificationProbe(fixture.App);

        var refused = await Eventually.GetAsync(
            async () => (await probe.EmailsAsync("township-officer", issueId)).SingleOrDefault(e => e.Status == "refused"),
            "the refused mail");
        Assert.Equal(1, refused.Attempts);
        Assert.StartsWith("550", refused.LastError);

        // Retries run every 0.2–1 s in this host: two seconds later a retry would have shown.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = Assert.Single(await probe.EmailsAsync("township-officer", issueId));
        Assert.Equal(("refused", 1), (after.Status, after.Attempts));
        // The only issue this class reports: the server saw exactly one attempt for the address.
        Assert.Equal(1, fixture.Smtp.RecipientAttempts.GetValueOrDefault(RefusingSmtpAppFixture.RefusedAddress));

        var admin = await fixture.App.ClientForAsync("admin");
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/emails?status=refused&pageSize=500");
        var row = Assert.Single(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == refused.Id.ToString());
        Assert.Equal(RefusingSmtpAppFixture.RefusedAddress, row.GetProperty("to").GetString());
        Assert.Contains("550", row.GetProperty("lastError").GetString());
    }
}
