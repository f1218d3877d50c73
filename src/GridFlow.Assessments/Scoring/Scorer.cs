using System.Globalization;
using GridFlow.Regions.Directory;
using GridFlow.Workflows.Runtime.Contracts;
namespace GridFlow.Assessments.Scoring;

/// <summary>
/// Scores one inspector's facts under a scheme (api.md, "Item kinds"): each item counts its facts, its total is bounded
/// by its cap, and the score is max(0, base + Σ items) rounded to two decimals. Pure: the same facts give the same
/// scorecard, which is what lets anyone check a point lost.
/// </summary>
public static class Scorer
{
    public static ScoredResult Score(SchemeRules scheme, ScoringPeriod period, InspectorFacts facts)
    {
        var lines = scheme.Items.Select(item => Line(scheme, period, facts, item)).ToList();
        var score = Math.Round(Math.Max(0, scheme.Base + lines.Sum(l => l.Points)), 2, MidpointRounding.AwayFromZero);
        return new ScoredResult(score, scheme.GradeOf(score), lines);
    }

    private static ScorecardLine Line(SchemeRules scheme, ScoringPeriod period, InspectorFacts facts, SchemeItem item)
    {
        var (count, total, counted) = item.Kind switch
        {
            SchemeItemKinds.MissedPatrol => MissedPatrols(scheme, period, facts, item),
            SchemeItemKinds.InvalidPatrol => Each(item, InvalidPatrols(scheme, facts)),
            SchemeItemKinds.ValidReport => Each(item, facts.Reports
                .Where(r => r.Source != "public" && !r.Rejected)
                .Select(r => new ScoreFact(ScoreFactTypes.Issue, r.IssueId.ToString(), r.ReportedAt, r.Code))),
            SchemeItemKinds.LateReport => Each(item, facts.Reports
                .Where(r => (r.ReportedAt - r.DiscoveredAt).TotalHours > item.AfterHours)
                .Select(r => new ScoreFact(ScoreFactTypes.Issue, r.IssueId.ToString(), r.ReportedAt,
                    $"{r.Code} 发现后 {Hours(r.ReportedAt - r.DiscoveredAt)} 小时上报"))),
            SchemeItemKinds.MissedReport => MissedReports(facts, item),
            SchemeItemKinds.LateTask => Each(item, facts.LateTasks.Select(t => new ScoreFact(ScoreFactTypes.Task, t.TaskId.ToString(), t.DueAt,
                t.CompletedAt is { } done ? $"{t.Name} 超期 {Hours(done - t.DueAt)} 小时办结" : $"{t.Name} 逾期未办"))),
            SchemeItemKinds.Escalation => Each(item, facts.Escalations.Where(e => e.Card == item.Level)
                .Select(e => new ScoreFact(ScoreFactTypes.Escalation, e.EscalationId.ToString(), e.RaisedAt, CardName(e.Card)))),
            SchemeItemKinds.TrainingAbsence => Each(item, facts.Trainings.Where(t => !t.Attendees.Contains(facts.Inspector.Id))
                .Select(t => new ScoreFact(ScoreFactTypes.Training, t.Id.ToString(), t.HeldAt, $"缺席：{t.Title}"))),
            SchemeItemKinds.SourceUnvisited => Each(item, UnvisitedSources(period, facts)),
            SchemeItemKinds.Adjustment => Adjustments(facts),
            _ => throw new InvalidOperationException($"Scheme item kind {item.Kind} has no scorer."),
        };
        var (points, capped) = item.Bound(total);
        return new ScorecardLine(item.Id, item.Kind, points, count, capped, counted);
    }

    /// <summary>Each fact costs or earns the item's points.</summary>
    private static (int, decimal, List<ScoreFact>) Each(SchemeItem item, IEnumerable<ScoreFact> facts)
    {
        var list = facts.OrderBy(f => f.At).ToList();
        return (list.Count, list.Count * item.Points, list);
    }

    /// <summary>
    /// Required valid patrol days: one in every <c>everyDays</c> of the days the inspector held a grid up to the cut;
    /// each day short costs the points. The facts are the patrols that made the days counted, one per day.
    /// </summary>
    private static (int, decimal, List<ScoreFact>) MissedPatrols(SchemeRules scheme, ScoringPeriod period, InspectorFacts facts, SchemeItem item)
    {
        var heldDays = HeldDays(period, facts.Tenures);
        var required = (int)Math.Ceiling(heldDays / (double)item.EveryDays);
        var days = facts.Patrols
            .Where(p => p.Summary.Breaks(scheme.PatrolRule).Count == 0)
            .GroupBy(p => period.DateOf(p.StartedAt))
            .OrderBy(g => g.Key)
            .Select(g => g.MinBy(p => p.StartedAt)!)
            .Select(p => new ScoreFact(ScoreFactTypes.Patrol, p.Id.ToString(), p.StartedAt, $"有效巡查日 {period.DateOf(p.StartedAt):yyyy-MM-dd}"))
            .ToList();
        var missing = Math.Max(0, required - days.Count);
        return (missing, missing * item.Points, days);
    }

    /// <summary>The whole days of the period (up to the cut) on which the inspector held at least one grid.</summary>
    private static int HeldDays(ScoringPeriod period, IReadOnlyList<GridTenure> tenures)
    {
        var days = new HashSet<DateOnly>();
        foreach (var tenure in tenures)
        {
            var from = tenure.From > period.Start ? tenure.From : period.Start;
            var to = tenure.To is { } end && end < period.Cut ? end : period.Cut;
            for (var day = period.DateOf(from); to > from && day <= period.DateOf(to.AddTicks(-1)); day = day.AddDays(1))
            {
                days.Add(day);
            }
        }

        return days.Count;
    }

    private static IEnumerable<ScoreFact> InvalidPatrols(SchemeRules scheme, InspectorFacts facts) =>
        facts.Patrols.Select(p => (Patrol: p, Breaks: p.Summary.Breaks(scheme.PatrolRule)))
            .Where(p => p.Breaks.Count > 0)
            .Select(p => new ScoreFact(ScoreFactTypes.Patrol, p.Patrol.Id.ToString(), p.Patrol.StartedAt, string.Join(", ", p.Breaks)));

    /// <summary>Each missed report costs the points times its finder's weight (1 for a finder the scheme does not weigh).</summary>
    private static (int, decimal, List<ScoreFact>) MissedReports(InspectorFacts facts, SchemeItem item)
    {
        var counted = facts.MissedReports.OrderBy(m => m.Fact.ReportedAt).ToList();
        var total = counted.Sum(m => item.Points * Weight(item, m.Finder));
        return (counted.Count, total, counted
            .Select(m => new ScoreFact(ScoreFactTypes.Issue, m.Fact.IssueId.ToString(), m.Fact.ReportedAt,
                $"{m.Fact.Code} 漏报，发现方 {m.Finder} ×{Weight(item, m.Finder).ToString(CultureInfo.InvariantCulture)}"))
            .ToList());
    }

    /// <summary>The weight of a missed report by its finder: as the scheme says, 1 for a finder it does not name.</summary>
    private static decimal Weight(SchemeItem item, string finder) => item.ByFinder is { } weights && weights.TryGetValue(finder, out var weight) ? weight : 1m;

    /// <summary>
    /// A key source counts once if, at some moment of the period up to the cut, its last visit was more than its
    /// <c>everyDays</c> ago (from its creation if it is newer than the period). The fact's time is when it fell overdue.
    /// </summary>
    private static IEnumerable<ScoreFact> UnvisitedSources(ScoringPeriod period, InspectorFacts facts)
    {
        foreach (var source in facts.Sources)
        {
            var every = TimeSpan.FromDays(source.EveryDays);
            var since = source.Visits.Where(v => v < period.Start).DefaultIfEmpty(source.CreatedAt > period.Start - every ? source.CreatedAt : period.Start - every).Max();
            if (since < period.Start - every)
            {
                since = period.Start - every;
            }

            DateTimeOffset? overdueAt = null;
            foreach (var visit in source.Visits.Where(v => v >= period.Start && v < period.Cut).Append(period.Cut))
            {
                if (visit - since > every)
                {
                    overdueAt = since + every;
                    break;
                }

                since = visit;
            }

            if (overdueAt is { } at)
            {
                yield return new ScoreFact(ScoreFactTypes.PollutionSource, source.Id.ToString(), at, $"{source.Name} 超过 {source.EveryDays} 天未巡查");
            }
        }
    }

    /// <summary>The sum of the adjustments; each is a fact with its reason.</summary>
    private static (int, decimal, List<ScoreFact>) Adjustments(InspectorFacts facts)
    {
        var list = facts.Adjustments.OrderBy(a => a.At).ToList();
        return (list.Count, list.Sum(a => a.Points), list
            .Select(a => new ScoreFact(ScoreFactTypes.Adjustment, a.Id.ToString(), a.At, $"{a.Points.ToString("+0.##;-0.##", CultureInfo.InvariantCulture)} {a.Reason}"))
            .ToList());
    }

    private static string Hours(TimeSpan span) => Math.Round(span.TotalHours, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The card's name on a scorecard (the cards of the escalation ladder: yellow, red, interview).</summary>
    private static string CardName(string card) => card switch
    {
        "yellow" => "黄牌",
        "red" => "红牌",
        "interview" => "约谈",
        _ => card,
    };
}
