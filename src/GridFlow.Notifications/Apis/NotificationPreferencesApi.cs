namespace GridFlow.Notifications.Apis;

/// <summary>The caller's email choices per notification kind: <c>/api/notification-preferences</c>. Email is on unless turned off.</summary>
public static class NotificationPreferencesApi
{
    public static IEndpointRouteBuilder MapNotificationPreferencesApi(this IEndpointRouteBuilder app)
    {
        var preferences = app.MapGroup("/api/notification-preferences").WithTags("Notifications");
        preferences.MapGet("/", ListAsync);
        preferences.MapPut("/{kind}", PutAsync);
        return app;
    }

    /// <summary>Every kind, with the caller's choice or the default (email on).</summary>
    public static async Task<Ok<List<PreferenceView>>> ListAsync(Caller caller, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == caller.UserId).ToDictionaryAsync(p => p.Kind, p => p.Email, cancellationToken);
        return TypedResults.Ok(TemplateNames.All.Select(kind => new PreferenceView(kind, chosen.GetValueOrDefault(kind, true))).ToList());
    }

    public static async Task<Results<Ok<PreferenceView>, ValidationProblem>> PutAsync(
        string kind, PreferenceRequest request, Caller caller, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        if (!TemplateNames.All.Contains(kind))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["kind"] = [$"Unknown notification kind '{kind}'; the kinds are {string.Join(", ", TemplateNames.All)}."],
            });
        }

        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == caller.UserId && p.Kind == kind, cancellationToken);
        if (preference is null)
        {
            preference = new NotificationPreference { UserId = caller.UserId, Kind = kind };
            db.NotificationPreferences.Add(preference);
        }

        preference.Email = request.Email!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PreferenceView(kind, preference.Email));
    }
}
