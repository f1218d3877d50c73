namespace GridFlow.Assessments.Patrols;

/// <summary>A patrol just started: its id, how many points it holds and, when it was uploaded finished, what finishing it stored.</summary>
public sealed record StartedPatrol(Guid Id, int Points, FinishedPatrol? Finished);
