namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>
/// One township's issue figures for a period (see <see cref="RegionWorkFacts"/>): issues received in its grids, of those
/// closed and closed on time, and the yellow and red cards raised on its issues.
/// </summary>
public sealed record RegionIssueFigures(Guid TownshipId, Guid CountyId, int Received, int Closed, int ClosedOnTime, int YellowCards, int RedCards);
