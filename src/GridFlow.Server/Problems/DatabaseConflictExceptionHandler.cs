using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GridFlow.Server.Problems;

/// <summary>
/// A save that lost a race (a stale row version, or a unique key another request took first) is a 409,
/// not a 500: the caller reloads and tries again. The transaction has already rolled back.
/// </summary>
public sealed class DatabaseConflictExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var detail = exception switch
        {
            DbUpdateConcurrencyException => "Someone else changed this record since you read it. Reload it and try again.",
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } =>
                $"The change conflicts with an existing record ({unique.ConstraintName}).",
            _ => null,
        };
        if (detail is null)
        {
            return false;
        }

        http.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = detail },
        });
    }
}
