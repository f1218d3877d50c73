namespace GridFlow.DemoData.Options;

/// <summary>Whether the host seeds the demo data at startup (section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed 聊城市 with its grids, inspectors and demo accounts. Never in production.</summary>
    public bool Demo { get; set; }
}
