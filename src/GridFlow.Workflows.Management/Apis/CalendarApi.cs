using GridFlow.Accounts.Scoping;
using GridFlow.Data.Entities.Workflows;
using GridFlow.Workflows.Management.Auditing;
using GridFlow.Workflows.Management.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Workflows.Management.Apis;

/// <summary>
/// The working-day calendar: official holidays and make-up workdays are built in (WorkingDayCalendar); designers and
/// admins add local non-working days. Adding working days over HTTP lets the Studio preview deadlines.
/// </summary>
public static class CalendarApi
{
    private const int MaxDays = 3650;

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/calendar").WithTags("Calendar");
        calendar.MapGet("/non-working-days", ListAsync);
        calendar.MapPut("/non-working-days/{date}", PutAsync);
        calendar.MapDelete("/non-working-days/{date}", DeleteAsync);
        calendar.MapGet("/working-days/add", AddWorkingDaysAsync);
        return app;
    }

    /// <summary>The local non-working days, of one year or all.</summary>
    public static async Task<Results<Ok<List<NonWorkingDayView>>, ValidationProblem>> ListAsync(
        int? year, [AsParameters] CalendarServices services, CancellationToken cancellationToken)
    {
        var days = services.Db.LocalNonWorkingDays.AsNoTracking();
        if (year is { } y)
        {
            if (y is < 1 or > 9998)
            {
                return Problems.Invalid("year", "The year must be between 1 and 9998.");
            }

            days = days.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date < new DateOnly(y + 1, 1, 1));
        }

        return TypedResults.Ok(await days.OrderBy(d => d.Date).Select(d => new NonWorkingDayView(d.Date, d.Reason)).ToListAsync(cancellationToken));
    }

    /// <summary>Adds a local non-working day (a date in China), or changes its reason.</summary>
    public static async Task<Results<Ok<NonWorkingDayView>, ForbidHttpResult>> PutAsync(
        DateOnly date, NonWorkingDayRequest request, Caller caller, [AsParameters] CalendarServices services, CancellationToken cancellationToken)
    {
        if (!caller.CanDesign())
        {
            return TypedResults.Forbid();
        }

        var db = services.Db;
        var now = services.Clock.GetUtcNow();
        var day = await db.LocalNonWorkingDays.SingleOrDefaultAsync(d => d.Date == date, cancellationToken);
        var before = day is null ? null : new NonWorkingDayView(day.Date, day.Reason);
        day ??= db.LocalNonWorkingDays.Add(new LocalNonWorkingDay { Date = date, Reason = request.Reason!, CreatedBy = caller.UserName, CreatedAt = now }).Entity;
        day.Reason = request.Reason!;
        var after = new NonWorkingDayView(day.Date, day.Reason);
        AuditLog.Add(db, services.Actor, now, before is null ? AuditLog.Created : AuditLog.Updated, nameof(LocalNonWorkingDay), EntityId(date), before, after);
        await db.SaveChangesAsync(cancellationToken);
        services.Calendar.Invalidate();
        return TypedResults.Ok(after);
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> DeleteAsync(
        DateOnly date, Caller caller, [AsParameters] CalendarServices services, CancellationToken cancellationToken)
    {
        if (!caller.CanDesign())
        {
            return TypedResults.Forbid();
        }

        var db = services.Db;
        var day = await db.LocalNonWorkingDays.SingleOrDefaultAsync(d => d.Date == date, cancellationToken);
        if (day is null)
        {
            return TypedResults.NotFound();
        }

        db.LocalNonWorkingDays.Remove(day);
        AuditLog.Add(db, services.Actor, services.Clock.GetUtcNow(), AuditLog.Deleted, nameof(LocalNonWorkingDay), EntityId(date), new NonWorkingDayView(day.Date, day.Reason), null);
        await db.SaveChangesAsync(cancellationToken);
        services.Calendar.Invalidate();
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The instant <paramref name="days"/> working days after <paramref name="from"/>, at the same local time in China
    /// (the start date never counts), as the engine computes <c>{ "workingDays": n }</c> deadlines.
    /// </summary>
    public static async Task<Results<Ok<WorkingDaysSum>, ValidationProblem>> AddWorkingDaysAsync(
        DateTimeOffset from, int days, [AsParameters] CalendarServices services, CancellationToken cancellationToken)
    {
        if (days is < 0 or > MaxDays)
        {
            return Problems.Invalid("days", $"The number of working days must be between 0 and {MaxDays}.");
        }

        var calendar = await services.Calendar.GetAsync(cancellationToken);
        return TypedResults.Ok(new WorkingDaysSum(calendar.AddWorkingDays(from, days)));
    }

    private static string EntityId(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
