using System.Text.Json;

namespace GridFlow.DemoData.Divisions;

/// <summary>The real divisions of 聊城市, read from the embedded <c>Data/liaocheng-divisions.json</c>.</summary>
public static class DivisionCatalog
{
    /// <summary>Manifest name of the embedded file (root namespace + folder + file name).</summary>
    public const string ResourceName = "GridFlow.DemoData.Data.liaocheng-divisions.json";

    private static readonly Lazy<CityDivision> Liaocheng = new(Load);

    /// <summary>聊城市 (3715): its 8 county-level units and 136 townships.</summary>
    public static CityDivision LiaochengCity => Liaocheng.Value;

    private static CityDivision Load()
    {
        using var stream = typeof(DivisionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<DivisionFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return file.City;
    }
}
