using GridFlow.Assessments.Patrols;
using GridFlow.Assessments.Scoring;
using GridFlow.Contracts.Regions;
using GridFlow.Regions.Directory;
using GridFlow.Workflows.Runtime.Contracts;

namespace GridFlow.Server.Tests.Assessments.Runs;

/// <summary>
/// One inspector's facts for November 2026 (30 days, China time), built fact by fact for the scorer's tests. The inspector
/// holds one grid for the whole month unless a test says otherwise.
/// </summary>
public sealed class FactsBuilder
{
    public static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static readonly DateOnly From = new(2026, 11, 1), To = new(2026, 11, 30);

    /// <summary>1 November 2026, midnight China time.</summary>
    public static readonly DateTimeOffset Start = new(2026, 10, 31, 16, 0, 0, TimeSpan.Zero);

    public static readonly ScoringPeriod November = ScoringPeriod.Of(From, To, Start.AddDays(40), China);

    public static readonly PatrolSummary ValidWalk = new(45, 3.2, 0.95, 6);

    public Guid InspectorId { get; } = Guid.NewGuid();

    public Guid GridId { get; } = Guid.NewGuid();

    public List<GridTenure> Tenures { get; } = [];

    public List<PatrolFact> Patrols { get; } = [];

    public List<ReportFact> Reports { get; } = [];

    public List<ScoredMissedReport> Missed { get; } = [];

    public List<LateTaskFact> LateTasks { get; } = [];

    public List<EscalationFact> Escalations { get; } = [];

    public List<TrainingFact> Trainings { get; } = [];

    public List<SourceFact> Sources { get; } = [];

    public List<AdjustmentFact> Adjustments { get; } = [];

    /// <summary>A patrol that starts at 09:00 China time on day <paramref name="day"/> of November.</summary>
    public FactsBuilder Patrol(int day, PatrolSummary? summary = null)
    {
        Patrols.Add(new PatrolFact(Guid.NewGuid(), InspectorId, Start.AddDays(day - 1).AddHours(9), summary ?? ValidWalk));
        return this;
    }

    public FactsBuilder Report(int day, string source = "patrol", bool rejected = false, double hoursLate = 1)
    {
        var reported = Start.AddDays(day - 1).AddHours(10);
        Reports.Add(new ReportFact(Guid.NewGuid(), $"R{Reports.Count}", "dust", source, InspectorId, reported.AddHours(-hoursLate), reported, rejected));
        return this;
    }

    public FactsBuilder MissedReport(int day, string finder)
    {
        var fact = new MissedReportFact(Guid.NewGuid(), $"M{Missed.Count}", "dust", "supervisor", "county-supervisor", null, null, Start.AddDays(day - 1).AddHours(11), GridId, InspectorId);
        Missed.Add(new ScoredMissedReport(fact, finder));
        return this;
    }

    public FactsBuilder LateTask(int day, double? hoursLate)
    {
        var due = Start.AddDays(day - 1).AddHours(12);
        LateTasks.Add(new LateTaskFact(Guid.NewGuid(), Guid.NewGuid(), "核查", InspectorId, due, hoursLate is { } h ? due.AddHours(h) : null));
        return this;
    }

    public FactsBuilder Escalation(int day, string card)
    {
        Escalations.Add(new EscalationFact(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), card, InspectorId, Start.AddDays(day - 1).AddHours(13)));
        return this;
    }

    public FactsBuilder Training(int day, bool attended)
    {
        Trainings.Add(new TrainingFact(Guid.NewGuid(), $"培训{Trainings.Count}", "training", Start.AddDays(day - 1).AddHours(14), "/37/",
            attended ? new HashSet<Guid> { InspectorId } : []));
        return this;
    }

    /// <summary>A key source (created long before November) visited at these instants.</summary>
    public FactsBuilder Source(int everyDays, params DateTimeOffset[] visits)
    {
        Sources.Add(new SourceFact(Guid.NewGuid(), GridId, $"源{Sources.Count}", everyDays, Start.AddYears(-1), visits.Order().ToList()));
        return this;
    }

    public FactsBuilder Adjustment(int day, decimal points)
    {
        Adjustments.Add(new AdjustmentFact(Guid.NewGuid(), InspectorId, Start.AddDays(day - 1).AddHours(15), points, "test"));
        return this;
    }

    public InspectorFacts Build()
    {
        var tenures = Tenures.Count > 0 ? Tenures : [new GridTenure(GridId, InspectorId, Start.AddYears(-1), null)];
        return new InspectorFacts(
            new RosterInspector(InspectorId, "测试网格员", Guid.NewGuid(), "/37/3715/371502/999/", InspectorStatus.Active),
            tenures, Patrols, Reports, Missed, LateTasks, Escalations, Trainings, Sources, Adjustments);
    }
}
