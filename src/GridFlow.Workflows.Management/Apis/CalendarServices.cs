namespace GridFlow.Workflows.Management.Apis;

/// <summary>What the calendar handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record CalendarServices(GridFlowDbContext Db, WorkingCalendarProvider Calendar, IAuditActor Actor, TimeProvider Clock);
