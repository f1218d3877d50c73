namespace GridFlow.Contracts.Assessments;

/// <summary>
/// <c>GET /api/assessment-runs/{id}/grids</c>: each grid of a run's results the caller may see, with the grade of its
/// inspector's result, and the scheme's grades best first (the map's legend).
/// </summary>
public sealed record RunGridGrades(string RunId, IReadOnlyList<string> Grades, IReadOnlyList<GridGrade> Grids);
