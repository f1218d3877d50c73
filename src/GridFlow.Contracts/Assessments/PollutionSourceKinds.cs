namespace GridFlow.Contracts.Assessments;

/// <summary>The kinds of pollution source (污染源) the archive keeps, as stable codes.</summary>
public static class PollutionSourceKinds
{
    /// <summary>餐饮 (fumes).</summary>
    public const string Restaurant = "restaurant";

    /// <summary>建筑工地 (dust).</summary>
    public const string ConstructionSite = "construction-site";

    /// <summary>小作坊 (散乱污 small workshops).</summary>
    public const string SmallWorkshop = "small-workshop";

    /// <summary>锅炉.</summary>
    public const string Boiler = "boiler";

    /// <summary>煤场 (loose coal).</summary>
    public const string CoalYard = "coal-yard";

    /// <summary>畜禽养殖场.</summary>
    public const string LivestockFarm = "livestock-farm";

    /// <summary>饮用水水源地.</summary>
    public const string DrinkingWaterSource = "drinking-water-source";

    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [Restaurant, ConstructionSite, SmallWorkshop, Boiler, CoalYard, LivestockFarm, DrinkingWaterSource, Other];
}
