namespace GridFlow.Assessments.Runs;

/// <summary>How a scorecard's lines are stored (jsonb): the API's own shape, so a read passes it through (<see cref="ScorecardReader"/>).</summary>
public static class ScorecardJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<ScorecardLine> lines) => JsonSerializer.Serialize(lines, Options);
}
