using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Workflows.Management.Apis;

/// <summary>
/// The working-day calendar: official holidays and make-up workdays are built in (WorkingDayCalendar); designers and
/// admins add local non-working days and local make-up workdays (a year the built-in data does not have yet is entered
/// this way). Adding working days over HTTP lets the Studio preview deadlines.
/// </summary>
public static class CalendarApi
{
    private const int MaxDays = DurationSpec.MaxWorkingDays;

    /// <summary>The years a start may lie in: wide enough for any real deadline, narrow enough that no sum overflows.</summary>
    private const int EarliestYear = 2000, LatestYear = 2100;

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/calendar").WithTags("Calendar");
        calendar.MapLocalDays("/non-working-days", working: false);
        calendar.MapLocalDays("/make-up-workdays", working: true);
        calendar.MapGet("/working-days/add", AddWorkingDaysAsync);
        return app;
    }

    /// <summary>List, put and delete for one kind of local day: the same handlers, told which kind.</summary>
    private static void MapLocalDays(this RouteGroupBuilder calendar, string path, bool working)
    {
        calendar.MapGet(path, (int? year, [AsParameters] CalendarServices services, CancellationToken ct) => ListAsync(working, year, services, ct));
        calendar.MapPut($"{path}/{{date}}", (DateOnly date, LocalDayRequest request, Caller caller, [AsParameters] CalendarServices services, CancellationToken ct) =>
            PutAsync(working, date, request, caller, services, ct))
            .ProducesProblem(StatusCodes.Status409Conflict);
        calendar.MapDelete($"{path}/{{date}}", (DateOnly date, Caller caller, [AsParameters] CalendarServices services, CancellationToken ct) =>
            DeleteAsync(working, date, caller, services, ct));
    }

    /// <summary>The local non-working days (<paramref name="working"/> false) or make-up workdays, of one year or all.</summary>
    public static async Task<Results<Ok<List<LocalDayView>>, ValidationProblem>> ListAsync(
        bool working, int? year, CalendarServices services, CancellationToken cancellationToken)
    {
        var days = services.Db.LocalCalendarDays.AsNoTracking().Where(d => d.Working == working);
        if (year is { } y)
        {
            if (y is < 1 or > 9998)
            {
                return Problems.Invalid("year", "The year must be between 1 and 9998.");
            }

            days = days.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date < new DateOnly(y + 1, 1, 1));
        }

        return TypedResults.Ok(await days.OrderBy(d => d.Date).Select(d => new LocalDayView(d.Date, d.Reason)).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Adds a local day (a date in China) of the given kind, or changes its reason. A date already set as the other kind
    /// is a conflict: it has to be deleted first, so that changing a day off into a workday is never an accident.
    /// </summary>
    public static async Task<Results<Ok<LocalDayView>, ProblemHttpResult, ForbidHttpResult>> PutAsync(
        bool working, DateOnly date, LocalDayRequest request, Caller caller, CalendarServices services, CancellationToken cancellationToken)
    {
        if (!caller.CanDesign())
        {
            return TypedResults.Forbid();
        }

        var db = services.Db;
        var now = services.Clock.GetUtcNow();
        var day = await db.LocalCalendarDays.SingleOrDefaultAsync(d => d.Date == date, cancellationToken);
        if (day is not null && day.Working != working)
        {
            return Problems.Conflict($"{EntityId(date)} is already a local {KindName(day.Working)}; delete it first.");
        }

        var before = day is null ? null : new LocalDayView(day.Date, day.Reason);
        day ??= db.LocalCalendarDays.Add(new LocalCalendarDay { Date = date, Working = working, Reason = request.Reason!, CreatedBy = caller.UserName, CreatedAt = now }).Entity;
        day.Reason = request.Reason!;
        var after = new LocalDayView(day.Date, day.Reason);
        AuditTrail.Add(db, services.Actor, now, before is null ? AuditTrail.Created : AuditTrail.Updated, AuditType(working), EntityId(date), before, after);
        await db.SaveChangesAsync(cancellationToken);
        services.Calendar.Invalidate();
        return TypedResults.Ok(after);
    }

    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> DeleteAsync(
        bool working, DateOnly date, Caller caller, CalendarServices services, CancellationToken cancellationToken)
    {
        if (!caller.CanDesign())
        {
            return TypedResults.Forbid();
        }

        var db = services.Db;
        var day = await db.LocalCalendarDays.SingleOrDefaultAsync(d => d.Date == date && d.Working == working, cancellationToken);
        if (day is null)
        {
            return TypedResults.NotFound();
        }

        db.LocalCalendarDays.Remove(day);
        AuditTrail.Add(db, services.Actor, services.Clock.GetUtcNow(), AuditTrail.Deleted, AuditType(working), EntityId(date), new LocalDayView(day.Date, day.Reason), null);
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

        if (from.UtcDateTime.Year is < EarliestYear or > LatestYear)
        {
            return Problems.Invalid("from", $"from must be a time in the years {EarliestYear} to {LatestYear}.");
        }

        var calendar = await services.Calendar.GetAsync(cancellationToken);
        return TypedResults.Ok(new WorkingDaysSum(calendar.AddWorkingDays(from, days)));
    }

    private static string KindName(bool working) => working ? "make-up workday" : "non-working day";

    /// <summary>The audit log's entity type: the non-working days keep the name they were audited under before.</summary>
    private static string AuditType(bool working) => working ? "LocalMakeUpWorkday" : "LocalNonWorkingDay";

    private static string EntityId(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
