namespace GridFlow.Benchmarks.Measurement;

/// <summary>
/// Console output with invariant formatting: the figures are parsed by scripts (the RESULT line) and
/// compared across machines, so a German locale must not turn 1.5 into 1,5. The process culture is
/// left alone because the GridFlow host under test runs in the same process.
/// </summary>
public static class Report
{
    public static void Line(FormattableString text) => Console.WriteLine(FormattableString.Invariant(text));

    public static void Error(FormattableString text) => Console.Error.WriteLine(FormattableString.Invariant(text));
}
