using GridFlow.Contracts.Paging;

namespace GridFlow.Notifications.Apis;

/// <summary>Outgoing mail for admins: <c>GET /api/emails?status=refused</c> shows the addresses the server refused.</summary>
public static class EmailsApi
{
    private static readonly string[] Statuses = ["pending", "sending", "sent", "refused"];

    public static IEndpointRouteBuilder MapEmailsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/emails").WithTags("Notifications").MapGet("/", ListAsync);
        return app;
    }

    public static async Task<Results<Ok<PagedList<EmailView>>, ValidationProblem, ForbidHttpResult>> ListAsync(
        Caller caller, GridFlowDbContext db, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            return TypedResults.Forbid();
        }

        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        if (status is not null && !Statuses.Contains(status))
        {
            errors["status"] = [$"status is one of {string.Join(", ", Statuses)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.EmailMessages.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(e => e.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Skip(paging.Skip).Take(paging.Size)
            .Select(e => new EmailView(e.Id.ToString(), e.To, e.Subject, e.Status, e.Attempts, e.CreatedAt, e.NextAttemptAt, e.SentAt, e.LastError, e.UserId,
                e.NotificationId == null ? null : e.NotificationId.ToString()))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<EmailView>(items, total, paging.PageNumber, paging.Size));
    }
}
