using GridFlow.Accounts.Contracts;
using GridFlow.Accounts.Scoping;
using GridFlow.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GridFlow.Accounts.Apis;

/// <summary><c>GET /api/me</c>: who the caller is, their roles, region and grids.</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", GetMeAsync).WithTags("Accounts");
        return app;
    }

    public static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetMeAsync(Caller caller, GridFlowDbContext db, ICallerPlaces places, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == caller.UserId, cancellationToken);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var gridIds = user.InspectorId is { } inspectorId
            ? await places.GridIdsAsync(inspectorId, cancellationToken)
            : [];
        return TypedResults.Ok(new MeResponse(
            user.Id,
            user.UserName ?? "",
            user.DisplayName,
            caller.Roles.Order().ToList(),
            user.RegionId?.ToString(),
            gridIds));
    }
}
