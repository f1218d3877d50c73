using GridFlow.Assessments.Results;
using GridFlow.Assessments.Runs;

namespace GridFlow.Assessments.Apis;

/// <summary>What the handlers of a run's regional views need, bound with <c>[AsParameters]</c>.</summary>
public sealed record ResultServices(
    RunReader Runs, ResultRows Rows, RegionRankings Rankings, DismissalList Dismissals, ResultWorkbook Workbook, BulletinComposer Bulletins,
    RegionFigureReader Figures);
