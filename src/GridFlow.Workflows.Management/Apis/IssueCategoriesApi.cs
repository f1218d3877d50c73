using System.Text.RegularExpressions;

namespace GridFlow.Workflows.Management.Apis;

/// <summary>
/// Issue categories and the definition each runs on: the category → definition mapping is data. Everyone signed in
/// reads it; designers and admins change it, and a change reaches every node within the definition cache interval.
/// </summary>
public static partial class IssueCategoriesApi
{
    public static IEndpointRouteBuilder MapIssueCategoriesApi(this IEndpointRouteBuilder app)
    {
        var categories = app.MapGroup("/api/issue-categories").WithTags("Issue categories");
        categories.MapGet("/", ListAsync);
        categories.MapPut("/{code}", PutAsync);
        return app;
    }

    public static async Task<Ok<List<IssueCategoryView>>> ListAsync(GridFlowDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.IssueCategories.AsNoTracking()
            .OrderBy(c => c.Code)
            .Select(c => new IssueCategoryView(c.Code, c.Name, c.WorkflowDefinitionId))
            .ToListAsync(cancellationToken));

    /// <summary>Creates or replaces a category; its definition must have a published version for new issues to start on.</summary>
    public static async Task<Results<Ok<IssueCategoryView>, ValidationProblem, ForbidHttpResult>> PutAsync(
        string code, IssueCategoryRequest request, Caller caller, [AsParameters] DefinitionServices services, CancellationToken cancellationToken)
    {
        if (!caller.CanDesign())
        {
            return TypedResults.Forbid();
        }

        if (!CodePattern().IsMatch(code))
        {
            return Problems.Invalid("code", "A category code is 1 to 64 lowercase letters, digits and hyphens, starting with a letter or digit.");
        }

        var db = services.Db;
        var definitionId = request.WorkflowDefinitionId!;
        if (!await db.WorkflowDefinitions.AnyAsync(d => d.DefinitionId == definitionId && d.Status == DefinitionStatuses.Published, cancellationToken))
        {
            return Problems.Invalid("workflowDefinitionId", $"The workflow definition '{definitionId}' has no published version.");
        }

        var now = services.Clock.GetUtcNow();
        var category = await db.IssueCategories.SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        var before = category is null ? null : new IssueCategoryView(category.Code, category.Name, category.WorkflowDefinitionId);
        category ??= db.IssueCategories.Add(new IssueCategory { Code = code, Name = request.Name!, WorkflowDefinitionId = definitionId }).Entity;
        category.Name = request.Name!;
        category.WorkflowDefinitionId = definitionId;
        category.UpdatedAt = now;
        var after = new IssueCategoryView(category.Code, category.Name, category.WorkflowDefinitionId);
        AuditTrail.Add(db, services.Actor, now, before is null ? AuditTrail.Created : AuditTrail.Updated, nameof(IssueCategory), code, before, after);
        await db.SaveChangesAsync(cancellationToken);
        services.Store.Invalidate();
        return TypedResults.Ok(after);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex CodePattern();
}
