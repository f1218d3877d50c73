using GridFlow.Assessments.Appeals;
using GridFlow.Assessments.Runs;

namespace GridFlow.Assessments.Apis;

/// <summary>What the appeal handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record AppealServices(AppealFiler Filer, AppealReader Reader, RunReader Runs, GridFlowDbContext Db);
