namespace GridFlow.Contracts.Assessments;

/// <summary>The kinds of scheme item: each counts one kind of fact of the period for one inspector (see api.md).</summary>
public static class SchemeItemKinds
{
    public const string MissedPatrol = "missedPatrol";
    public const string InvalidPatrol = "invalidPatrol";
    public const string ValidReport = "validReport";
    public const string LateReport = "lateReport";
    public const string MissedReport = "missedReport";
    public const string LateTask = "lateTask";
    public const string Escalation = "escalation";
    public const string TrainingAbsence = "trainingAbsence";
    public const string SourceUnvisited = "sourceUnvisited";
    public const string Adjustment = "adjustment";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        MissedPatrol, InvalidPatrol, ValidReport, LateReport, MissedReport, LateTask, Escalation, TrainingAbsence, SourceUnvisited, Adjustment,
    };

    /// <summary>Kinds that can only cost points (their points and cap are zero or less).</summary>
    public static readonly IReadOnlySet<string> Deductions = new HashSet<string>(StringComparer.Ordinal)
    {
        MissedPatrol, InvalidPatrol, LateReport, MissedReport, LateTask, Escalation, TrainingAbsence, SourceUnvisited,
    };
}
