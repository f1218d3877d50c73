namespace GridFlow.Contracts.Assessments;

/// <summary>One grid and the grade of its inspector's result in a run (a grid appears once: one inspector is responsible for it).</summary>
public sealed record GridGrade(string GridId, string InspectorId, string InspectorName, string Grade, decimal Score);
