namespace GridFlow.Contracts.Regions;

/// <summary>The administrative level of a region: 市 city, 县/市/区 county, 乡镇/街道 township.</summary>
public enum RegionLevel
{
    City,
    County,
    Township,
}
