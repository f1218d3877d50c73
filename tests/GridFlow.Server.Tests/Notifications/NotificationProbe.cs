using GridFlow.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>Looks at what delivery produced: a user's in-app notifications (over HTTP) and the mail rows (in the database).</summary>
public sealed class NotificationProbe(GridFlowApp app)
{
    /// <summary>Waits for the user's notification of the kind about the issue, as the API lists it.</summary>
    public async Task<JsonElement> InAppAsync(string userName, string issueId, string kind = "task-assigned") =>
        (await Eventually.GetAsync<JsonElement?>(async () =>
        {
            var client = await app.ClientForAsync(userName);
            var page = await client.GetFromJsonAsync<JsonElement>("/api/notifications?mine=true&pageSize=500");
            return page.GetProperty("items").EnumerateArray()
                .Where(n => n.GetProperty("kind").GetString() == kind && n.GetProperty("issueId").GetString() == issueId)
                .Select(n => (JsonElement?)n).FirstOrDefault();
        }, $"{kind} notification of {userName} about {issueId}"))!.Value;

    /// <summary>The mail rows of the issue's notifications to the user.</summary>
    public async Task<List<EmailMessage>> EmailsAsync(string userName, Guid issueId)
    {
        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var notificationIds = await db.Notifications.Where(n => n.IssueId == issueId && n.UserId == userId).Select(n => (Guid?)n.Id).ToListAsync();
        return await db.EmailMessages.AsNoTracking().Where(e => notificationIds.Contains(e.NotificationId)).ToListAsync();
    }

    /// <summary>All mail rows of the issue's notifications.</summary>
    public async Task<List<EmailMessage>> EmailsAsync(Guid issueId)
    {
        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        var notificationIds = await db.Notifications.Where(n => n.IssueId == issueId).Select(n => (Guid?)n.Id).ToListAsync();
        return await db.EmailMessages.AsNoTracking().Where(e => notificationIds.Contains(e.NotificationId)).ToListAsync();
    }
}
