namespace GridFlow.Assessments.Runs;

/// <summary>How a scorecard's lines are stored (jsonb) and read back (the export): the API's own shape, so a scorecard's read passes it through (<see cref="ScorecardReader"/>).</summary>
public static class ScorecardJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<ScorecardLine> lines) => JsonSerializer.Serialize(lines, Options);

    public static List<ScorecardLine> Read(string json) => JsonSerializer.Deserialize<List<ScorecardLine>>(json, Options) ?? [];
}
