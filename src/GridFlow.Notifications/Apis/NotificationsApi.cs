using GridFlow.Contracts.Paging;
using GridFlow.Workflows.Core.Catalog;

namespace GridFlow.Notifications.Apis;

/// <summary>The caller's in-app notifications: <c>/api/notifications</c>.</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsInboxApi(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/notifications").WithTags("Notifications");
        notifications.MapGet("/", ListAsync);
        notifications.MapPost("/{id:guid}/read", ReadAsync);
        notifications.MapPost("/read-all", ReadAllAsync);
        return app;
    }

    /// <summary>Newest first. Only the caller's own notifications are listed (<c>mine=true</c>, the default).</summary>
    public static async Task<Results<Ok<PagedList<NotificationView>>, ValidationProblem>> ListAsync(
        Caller caller, GridFlowDbContext db, bool? mine, bool? unread, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        if (mine == false)
        {
            errors["mine"] = ["Only mine=true is supported: notifications are personal."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == caller.UserId);
        if (unread is { } onlyUnread)
        {
            query = onlyUnread ? query.Where(n => n.ReadAt == null) : query.Where(n => n.ReadAt != null);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        // An escalation's notice has the raising timer's id as its outbox id: the page's cards are one query by those ids.
        var noticeIds = rows.Where(n => n.Kind == KnownTemplates.IssueEscalated && n.OutboxId is not null).Select(n => n.OutboxId!.Value).ToList();
        var escalations = await NotificationFacts.EscalationsAsync(db, noticeIds, cancellationToken);
        return TypedResults.Ok(new PagedList<NotificationView>(rows.Select(n => ToView(n, escalations)).ToList(), total, paging.PageNumber, paging.Size));
    }

    /// <summary>Marks one notification read (again is fine); 404 when it is not the caller's.</summary>
    public static async Task<Results<NoContent, NotFound>> ReadAsync(Guid id, Caller caller, GridFlowDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == caller.UserId, cancellationToken);
        if (notification is null)
        {
            return TypedResults.NotFound();
        }

        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<ReadAllResponse>> ReadAllAsync(Caller caller, GridFlowDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var marked = await db.Notifications.Where(n => n.UserId == caller.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return TypedResults.Ok(new ReadAllResponse(marked));
    }

    private static NotificationView ToView(Notification n, Dictionary<Guid, EscalationNotice> escalations) =>
        new(n.Id.ToString(), n.Kind, n.Subject, n.CreatedAt, n.ReadAt, n.IssueId?.ToString(), n.TaskId?.ToString(), n.Body,
            n.IssueId is { } issueId ? TemplateModels.IssuePath(issueId.ToString()) : null,
            n.OutboxId is { } outboxId && escalations.TryGetValue(outboxId, out var e) ? new NotificationEscalationView(e.Id.ToString(), e.Card, e.Level) : null);
}
