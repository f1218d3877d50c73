using GridFlow.Contracts.Accounts;

namespace GridFlow.Notifications.Apis;

/// <summary>
/// Notification templates for designers and admins: <c>/api/notification-templates</c>. A saved version replaces the
/// shipped one for the next notification; deleting it brings the shipped one back.
/// </summary>
public static class NotificationTemplatesApi
{
    public static IEndpointRouteBuilder MapNotificationTemplatesApi(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/notification-templates").WithTags("Notifications");
        templates.MapGet("/", ListAsync);
        templates.MapPut("/{name}/{culture}", PutAsync);
        templates.MapDelete("/{name}/{culture}", DeleteAsync);
        templates.MapPost("/{name}/{culture}/preview", PreviewAsync);
        return app;
    }

    public static async Task<Results<Ok<List<TemplateView>>, ForbidHttpResult>> ListAsync(Caller caller, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        if (!MayEdit(caller))
        {
            return TypedResults.Forbid();
        }

        var saved = await db.NotificationTemplates.AsNoTracking().ToDictionaryAsync(t => (t.Name, t.Culture), cancellationToken);
        var views = new List<TemplateView>();
        foreach (var name in TemplateNames.All)
        {
            foreach (var culture in TemplateNames.Cultures)
            {
                views.Add(saved.TryGetValue((name, culture), out var row)
                    ? new TemplateView(name, culture, row.Subject, row.Body, true, row.UpdatedAt, row.UpdatedBy)
                    : EmbeddedTemplates.Find(name, culture) is { } shipped
                        ? new TemplateView(name, culture, shipped.Subject, shipped.Body, false, null, null)
                        : new TemplateView(name, culture, "", "", false, null, null));
            }
        }

        return TypedResults.Ok(views);
    }

    /// <summary>Saves a designer's version after the checks of <see cref="CheckAsync"/>.</summary>
    public static async Task<Results<Ok<TemplateView>, ValidationProblem, NotFound, ForbidHttpResult>> PutAsync(
        string name, string culture, TemplateRequest request, Caller caller, GridFlowDbContext db, LiquidRenderer renderer, TemplateModels models,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!MayEdit(caller))
        {
            return TypedResults.Forbid();
        }

        if (!TemplateNames.All.Contains(name) || !TemplateNames.Cultures.Contains(culture))
        {
            return TypedResults.NotFound();
        }

        if (await CheckAsync(name, culture, request, renderer, models) is { } refused)
        {
            return refused;
        }

        var row = await db.NotificationTemplates.SingleOrDefaultAsync(t => t.Name == name && t.Culture == culture, cancellationToken);
        if (row is null)
        {
            row = new NotificationTemplate { Name = name, Culture = culture, Subject = "", Body = "" };
            db.NotificationTemplates.Add(row);
        }

        (row.Subject, row.Body, row.UpdatedAt, row.UpdatedBy) = (request.Subject!, request.Body!, clock.GetUtcNow(), caller.UserName);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new TemplateView(name, culture, row.Subject, row.Body, true, row.UpdatedAt, row.UpdatedBy));
    }

    /// <summary>
    /// Renders a designer's unsaved version with made-up values of the template's kind (a sample issue, task, recipient and,
    /// for escalations, a red card), after the checks a save makes: what the designer sees is what a save would accept.
    /// </summary>
    public static async Task<Results<Ok<RenderedMessage>, ValidationProblem, NotFound, ForbidHttpResult>> PreviewAsync(
        string name, string culture, TemplateRequest request, Caller caller, LiquidRenderer renderer, TemplateModels models)
    {
        if (!MayEdit(caller))
        {
            return TypedResults.Forbid();
        }

        if (!TemplateNames.All.Contains(name) || !TemplateNames.Cultures.Contains(culture))
        {
            return TypedResults.NotFound();
        }

        if (await CheckAsync(name, culture, request, renderer, models) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(await renderer.RenderAsync(new TemplateText(request.Subject!, request.Body!), models.Sample(name, culture)));
    }

    /// <summary>Fluid parses both parts, and both render the kind's made-up values within the limits; else a 400 naming <c>subject</c> or <c>body</c>.</summary>
    private static async Task<ValidationProblem?> CheckAsync(string name, string culture, TemplateRequest request, LiquidRenderer renderer, TemplateModels models)
    {
        var errors = new Dictionary<string, string[]>();
        if (LiquidRenderer.ParseError(request.Subject!) is { } subjectError)
        {
            errors["subject"] = [subjectError];
        }

        if (LiquidRenderer.ParseError(request.Body!) is { } bodyError)
        {
            errors["body"] = [bodyError];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The template does not parse.");
        }

        // Tried on made-up values first: a template that runs too long or writes too much is refused here, not at delivery.
        var sample = models.Sample(name, culture);
        if (await renderer.RenderErrorAsync(new TemplateText(request.Subject!, "."), sample) is { } subjectFails)
        {
            errors["subject"] = [subjectFails];
        }

        if (await renderer.RenderErrorAsync(new TemplateText(".", request.Body!), sample) is { } bodyFails)
        {
            errors["body"] = [bodyFails];
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "The template does not render within its limits.") : null;
    }

    /// <summary>Drops the designer's version: the shipped template applies again.</summary>
    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> DeleteAsync(string name, string culture, Caller caller, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        if (!MayEdit(caller))
        {
            return TypedResults.Forbid();
        }

        var deleted = await db.NotificationTemplates.Where(t => t.Name == name && t.Culture == culture).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    private static bool MayEdit(Caller caller) => caller.IsAdmin || caller.IsInRole(Roles.Designer);
}
