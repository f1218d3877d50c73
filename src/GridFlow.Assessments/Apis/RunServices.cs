using GridFlow.Assessments.Runs;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Apis;

/// <summary>What the run handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record RunServices(
    RunStarter Starter, RunReader Reader, RunComparer Comparer, ScorecardReader Scorecards, SchemeStore Schemes, RegionDirectory Regions, IOptions<AssessmentOptions> Options, TimeProvider Clock);
