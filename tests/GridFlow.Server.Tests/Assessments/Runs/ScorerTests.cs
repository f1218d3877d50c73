using GridFlow.Assessments.Patrols;
using GridFlow.Assessments.Scoring;
using GridFlow.Contracts.Assessments;
using GridFlow.Regions.Directory;

namespace GridFlow.Server.Tests.Assessments.Runs;

/// <summary>
/// Each item kind of the shipped monthly scheme, with its cap, and the score and grade they add up to: the scorer alone,
/// on facts built by hand (the queries that gather them are tested against PostgreSQL in <see cref="RunTests"/>).
/// </summary>
public sealed class ScorerTests
{
    private static readonly SchemeRules Shipped = TestSchemes.Rules();

    private static ScorecardLine Line(FactsBuilder facts, string itemId, SchemeRules? scheme = null) =>
        Scorer.Score(scheme ?? Shipped, FactsBuilder.November, facts.Build()).Lines.Single(l => l.ItemId == itemId);

    [Fact]
    public void Missed_patrol_days_are_the_required_days_less_the_days_with_a_valid_patrol()
    {
        // 30 days, one valid patrol every 2 days: 15 required. Ten days patrolled (two patrols on day 3 count once).
        var facts = new FactsBuilder();
        foreach (var day in new[] { 1, 3, 3, 5, 7, 9, 11, 13, 15, 17, 19 })
        {
            facts.Patrol(day);
        }

        facts.Patrol(21, new PatrolSummary(14.99, 3, 1, 5));
        var line = Line(facts, "missed-patrol");
        Assert.Equal((5, -10m, false), (line.Count, line.Points, line.Capped));
        Assert.Equal(10, line.Facts.Count);
        Assert.All(line.Facts, f => Assert.Equal(ScoreFactTypes.Patrol, f.Type));
    }

    [Fact]
    public void Missed_patrols_stop_at_their_cap()
    {
        var line = Line(new FactsBuilder(), "missed-patrol");
        Assert.Equal((15, -30m, false), (line.Count, line.Points, line.Capped));
        var daily = TestSchemes.Rules(s => s["items"]![0]!["everyDays"] = 1);
        var capped = Line(new FactsBuilder(), "missed-patrol", daily);
        Assert.Equal((30, -30m, true), (capped.Count, capped.Points, capped.Capped));
    }

    [Fact]
    public void Patrol_days_are_required_only_while_the_inspector_held_a_grid()
    {
        // Took the grid over on 21 November, midnight China time: 10 days, 5 required, 2 patrolled.
        var facts = new FactsBuilder().Patrol(22).Patrol(25);
        facts.Tenures.Add(new GridTenure(facts.GridId, facts.InspectorId, FactsBuilder.Start.AddDays(20), null));
        Assert.Equal(3, Line(facts, "missed-patrol").Count);
    }

    [Fact]
    public void The_schemes_patrol_rule_judges_the_stored_summary()
    {
        var facts = new FactsBuilder().Patrol(1, new PatrolSummary(14.99, 3, 1, 5)).Patrol(2, new PatrolSummary(15, 1, 0.8, 15));
        var line = Line(facts, "invalid-patrol");
        Assert.Equal((1, -1m), (line.Count, line.Points));
        Assert.Equal("too-short", line.Facts.Single().Note);
        var lenient = TestSchemes.Rules(s => s["patrolRule"]!["minMinutes"] = 10);
        Assert.Equal(0, Line(facts, "invalid-patrol", lenient).Count);
    }

    [Fact]
    public void Invalid_patrols_stop_at_their_cap()
    {
        var facts = new FactsBuilder();
        for (var day = 1; day <= 12; day++)
        {
            facts.Patrol(day, new PatrolSummary(20, 0.5, 1, 5));
        }

        var line = Line(facts, "invalid-patrol");
        Assert.Equal((12, -10m, true), (line.Count, line.Points, line.Capped));
    }

    [Fact]
    public void Valid_reports_earn_points_up_to_the_cap_but_not_for_public_or_rejected_ones()
    {
        var facts = new FactsBuilder().Report(1, source: "public").Report(2, rejected: true);
        for (var day = 3; day < 15; day++)
        {
            facts.Report(day);
        }

        var line = Line(facts, "valid-report");
        Assert.Equal((12, 10m, true), (line.Count, line.Points, line.Capped));
        Assert.DoesNotContain(line.Facts, f => f.Note is "R0" or "R1");
    }

    [Fact]
    public void A_report_is_late_only_more_than_the_schemes_hours_after_its_discovery()
    {
        var facts = new FactsBuilder().Report(1, hoursLate: 24).Report(2, hoursLate: 24.01).Report(3, hoursLate: 72);
        var line = Line(facts, "late-report");
        Assert.Equal((2, -4m), (line.Count, line.Points));
    }

    [Fact]
    public void A_missed_report_costs_more_when_a_higher_level_found_it()
    {
        var facts = new FactsBuilder().MissedReport(1, "city").MissedReport(2, "county").MissedReport(3, "public").MissedReport(4, "township");
        var line = Line(facts, "missed-report");
        Assert.Equal((4, -2 * 1.5m - 2 - 2 - 2), (line.Count, line.Points));
    }

    [Fact]
    public void Late_tasks_and_escalations_each_cost_their_points()
    {
        var facts = new FactsBuilder().LateTask(1, 3).LateTask(2, null).Escalation(1, "yellow").Escalation(2, "yellow").Escalation(3, "red").Escalation(4, "interview");
        Assert.Equal((2, -2m), (Line(facts, "late-task").Count, Line(facts, "late-task").Points));
        Assert.Equal((2, -2m), (Line(facts, "yellow-card").Count, Line(facts, "yellow-card").Points));
        Assert.Equal((1, -2m), (Line(facts, "red-card").Count, Line(facts, "red-card").Points));
    }

    [Fact]
    public void Only_trainings_missed_cost_points()
    {
        var facts = new FactsBuilder().Training(5, attended: true).Training(12, attended: false);
        var line = Line(facts, "training-absence");
        Assert.Equal((1, -2m, ScoreFactTypes.Training), (line.Count, line.Points, line.Facts.Single().Type));
    }

    [Fact]
    public void A_key_source_counts_once_when_some_stretch_of_the_month_went_unvisited_longer_than_its_interval()
    {
        var start = FactsBuilder.Start;
        var weekly = Enumerable.Range(0, 6).Select(w => start.AddDays(-2 + 6 * w)).ToArray();
        var gap = new[] { start.AddDays(-1), start.AddDays(6), start.AddDays(14), start.AddDays(20), start.AddDays(27) };
        var facts = new FactsBuilder().Source(7, weekly).Source(7, gap).Source(7);
        var line = Line(facts, "source-unvisited");
        Assert.Equal((2, -2m), (line.Count, line.Points));
        // The second fell overdue 7 days after its visit of 7 November; the third, never visited, at the month's start.
        Assert.Equal([start, start.AddDays(13)], line.Facts.Select(f => f.At).Order().ToArray());
    }

    [Fact]
    public void Unvisited_sources_stop_at_their_cap()
    {
        var facts = new FactsBuilder();
        for (var i = 0; i < 12; i++)
        {
            facts.Source(7);
        }

        var line = Line(facts, "source-unvisited");
        Assert.Equal((12, -10m, true), (line.Count, line.Points, line.Capped));
    }

    [Fact]
    public void Adjustments_add_up_and_a_bonus_stops_at_the_cap_while_a_deduction_does_not()
    {
        var bonus = Line(new FactsBuilder().Adjustment(1, 8).Adjustment(2, 7), "adjustment");
        Assert.Equal((10m, true), (bonus.Points, bonus.Capped));
        var deduction = Line(new FactsBuilder().Adjustment(1, -20).Adjustment(2, 3), "adjustment");
        Assert.Equal((-17m, false, 2), (deduction.Points, deduction.Capped, deduction.Facts.Count));
    }

    [Theory]
    [InlineData("-10.01", "89.99", "良好", "1.0")]
    [InlineData("-10", "90", "优秀", "1.2")]
    [InlineData("-20.01", "79.99", "合格", "0.8")]
    [InlineData("-40.01", "59.99", "不合格", "0")]
    public void The_grade_is_the_first_whose_minimum_the_score_reaches(string adjustment, string score, string grade, string pay)
    {
        var scheme = TestSchemes.Only(SchemeItemKinds.Adjustment);
        var result = Scorer.Score(scheme, FactsBuilder.November, new FactsBuilder().Adjustment(3, decimal.Parse(adjustment, System.Globalization.CultureInfo.InvariantCulture)).Build());
        Assert.Equal((decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), grade, decimal.Parse(pay, System.Globalization.CultureInfo.InvariantCulture)),
            (result.Score, result.Grade.Grade, result.Grade.Pay));
    }

    [Fact]
    public void The_score_never_falls_below_zero()
    {
        var scheme = TestSchemes.Only(SchemeItemKinds.Adjustment, SchemeItemKinds.LateTask);
        var facts = new FactsBuilder().Adjustment(1, -100);
        for (var day = 1; day <= 20; day++)
        {
            facts.LateTask(day, 1);
        }

        var result = Scorer.Score(scheme, FactsBuilder.November, facts.Build());
        Assert.Equal((0m, "不合格"), (result.Score, result.Grade.Grade));
        Assert.Equal(-120m, result.Lines.Sum(l => l.Points));
    }

    [Fact]
    public void A_diligent_inspectors_month_adds_up_to_the_base_plus_bonuses()
    {
        var facts = new FactsBuilder();
        for (var day = 1; day <= 30; day += 2)
        {
            facts.Patrol(day).Report(day);
        }

        facts.Training(10, attended: true).Source(7, Enumerable.Range(0, 8).Select(d => FactsBuilder.Start.AddDays(-1 + 4.5 * d)).ToArray());
        var result = Scorer.Score(Shipped, FactsBuilder.November, facts.Build());
        Assert.Equal((110m, "优秀"), (result.Score, result.Grade.Grade));
        Assert.Equal(Shipped.Items.Select(i => i.Id), result.Lines.Select(l => l.ItemId));
    }
}
