namespace GridFlow.Workflows.Runtime.Statistics;

/// <summary>Adds up one slice's rows of <see cref="StatsSql.Tally"/> (a status, its issues, the closed on time and the overdue among them) and its cards.</summary>
public sealed class FigureTally
{
    private readonly Dictionary<string, int> byStatus = new(StringComparer.Ordinal);
    private int onTime;
    private int overdueOpen;

    public IReadOnlyDictionary<string, int> ByStatus => byStatus;

    public Dictionary<string, int> Cards { get; } = new(StringComparer.Ordinal);

    public void Add(string status, int count, int closedOnTime, int overdue)
    {
        byStatus[status] = byStatus.GetValueOrDefault(status) + count;
        onTime += closedOnTime;
        overdueOpen += IssueStatuses.Finished.Contains(status) ? 0 : overdue;
    }

    public int Received => byStatus.Values.Sum();

    public IssueFigures ToFigures()
    {
        var received = Received;
        var accepted = received - byStatus.GetValueOrDefault(IssueStatuses.Reported) - byStatus.GetValueOrDefault(IssueStatuses.Rejected);
        var closed = byStatus.GetValueOrDefault(IssueStatuses.Closed);
        var open = byStatus.Where(s => !IssueStatuses.Finished.Contains(s.Key)).Sum(s => s.Value);
        return new IssueFigures(received, accepted, closed, onTime, open, overdueOpen, Rate(accepted, received), Rate(closed, accepted), Rate(onTime, closed));
    }

    /// <summary>A ratio to four decimals (0.8571 = 85.71 %), null when there is nothing to divide by.</summary>
    public static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
