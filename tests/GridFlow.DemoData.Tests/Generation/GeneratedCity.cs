using GridFlow.DemoData.Generation;

namespace GridFlow.DemoData.Tests.Generation;

/// <summary>One generated city shared by the read-only tests; generation is deterministic.</summary>
internal static class GeneratedCity
{
    public static readonly DemoCity Liaocheng = DemoCityGenerator.Liaocheng();
}
