namespace GridFlow.Assessments.Patrols;

/// <summary>
/// A finished patrol's figures, rounded as they are shown (minutes and kilometres to two decimals, the inside share to
/// three, speed to one); the rule judges the rounded figures, so that what an inspector sees is what counted.
/// </summary>
public sealed record PatrolSummary(double Minutes, double Km, double InsideRatio, double MaxKmh)
{
    public static PatrolSummary Of(TimeSpan duration, double meters, double insideMeters, double maxKmh) => new(
        Math.Round(duration.TotalMinutes, 2, MidpointRounding.AwayFromZero),
        Math.Round(meters / 1000, 2, MidpointRounding.AwayFromZero),
        meters > 0 ? Math.Round(Math.Min(1, insideMeters / meters), 3, MidpointRounding.AwayFromZero) : 0,
        Math.Round(maxKmh, 1, MidpointRounding.AwayFromZero));

    /// <summary>The parts of the rule this patrol breaks, in the rule's order; none when it counts.</summary>
    public List<string> Breaks(PatrolRuleOptions rule)
    {
        var reasons = new List<string>();
        if (Minutes < rule.MinMinutes)
        {
            reasons.Add(PatrolInvalidReasons.TooShort);
        }

        if (Km < rule.MinKm)
        {
            reasons.Add(PatrolInvalidReasons.TooLittleDistance);
        }

        if (InsideRatio < rule.MinInsideRatio)
        {
            reasons.Add(PatrolInvalidReasons.OutsideGrid);
        }

        if (MaxKmh > rule.MaxKmh)
        {
            reasons.Add(PatrolInvalidReasons.TooFast);
        }

        return reasons;
    }
}
