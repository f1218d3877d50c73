using GridFlow.Contracts.Notifications;
using GridFlow.Contracts.Paging;
using GridFlow.Data;
using GridFlow.Notifications.Apis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GridFlow.Web.Notifications;

/// <summary>
/// The signed-in user's in-app notifications and email choices, for the console. It asks the Notifications module's
/// own operations — the ones behind <c>GET /api/notifications</c> and <c>/api/notification-preferences</c> — so the
/// console counts and filters exactly as the API does. Each call has a scope of its own: a circuit lives for hours and
/// its timer runs beside the user's clicks, and a DbContext must not serve two at once.
/// </summary>
public sealed class ConsoleNotifications(IServiceScopeFactory scopes)
{
    /// <summary>The unread notifications: their count, and the newest <paramref name="newest"/> of them.</summary>
    public async Task<PagedList<NotificationView>> UnreadAsync(Caller caller, int newest, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        var result = await NotificationsApi.ListAsync(caller, db, mine: true, unread: true, page: 1, pageSize: newest, cancellationToken);
        return result.Result is Ok<PagedList<NotificationView>> ok
            ? ok.Value!
            : throw new InvalidOperationException("The unread notifications could not be listed.");
    }

    public async Task<IReadOnlyList<PreferenceView>> PreferencesAsync(Caller caller, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        return (await NotificationPreferencesApi.ListAsync(caller, db, cancellationToken)).Value!;
    }

    public async Task SetEmailAsync(Caller caller, string kind, bool email, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        var result = await NotificationPreferencesApi.PutAsync(kind, new PreferenceRequest(email), caller, db, cancellationToken);
        if (result.Result is not Ok<PreferenceView>)
        {
            throw new InvalidOperationException($"The notification kind '{kind}' is unknown.");
        }
    }
}
