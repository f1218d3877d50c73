using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Workflows.Management.Contracts;

/// <summary>The official calendar plus the local non-working days and make-up workdays designers added, cached briefly.</summary>
public interface IWorkingCalendarProvider
{
    ValueTask<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken);
}
