using System.Globalization;

namespace GridFlow.Benchmarks.Assessment.Province;

/// <summary>
/// The ids and account names of everything the loader writes, made up front so every table can name every other.
/// Inspector i has grid i and the account <c>insp00001</c>…; each township has one officer, each county and city one
/// supervisor. The inspectors of the upload phase (<see cref="UploadInspectors"/>) get their accounts later, through
/// the host's provisioner, so their user ids are filled in then.
/// </summary>
public sealed class ProvinceIds
{
    public ProvinceIds(ProvinceLayout layout, int uploadInspectors, GridOwners owners)
    {
        Cities = NewIds(layout.Cities);
        Counties = NewIds(layout.Counties);
        Townships = NewIds(layout.Townships);
        Grids = NewIds(layout.Grids);
        Inspectors = NewIds(layout.Grids);
        InspectorUserIds = Enumerable.Range(0, layout.Grids).Select(_ => Guid.NewGuid().ToString()).ToArray();
        OfficerUserIds = Enumerable.Range(0, layout.Townships).Select(_ => Guid.NewGuid().ToString()).ToArray();
        CountyUserIds = Enumerable.Range(0, layout.Counties).Select(_ => Guid.NewGuid().ToString()).ToArray();
        CityUserIds = Enumerable.Range(0, layout.Cities).Select(_ => Guid.NewGuid().ToString()).ToArray();
        // Spread over the province, never a grid that changes hands (their uploads must go to one grid).
        var step = layout.Grids / uploadInspectors;
        UploadInspectors = Enumerable.Range(0, uploadInspectors)
            .Select(k => owners.Swaps(k * step) ? (k * step) + 2 : k * step)
            .ToArray();
        reserved = [.. UploadInspectors];
    }

    private readonly HashSet<int> reserved;

    public Guid[] Cities { get; }

    public Guid[] Counties { get; }

    public Guid[] Townships { get; }

    public Guid[] Grids { get; }

    public Guid[] Inspectors { get; }

    /// <summary>The account of each inspector (Identity's string ids).</summary>
    public string[] InspectorUserIds { get; }

    public string[] OfficerUserIds { get; }

    public string[] CountyUserIds { get; }

    public string[] CityUserIds { get; }

    /// <summary>Inspector indexes whose accounts the upload phase provisions through the host.</summary>
    public int[] UploadInspectors { get; }

    public bool IsUploadInspector(int inspector) => reserved.Contains(inspector);

    public static string InspectorUserName(int inspector) => string.Create(CultureInfo.InvariantCulture, $"insp{inspector + 1:D6}");

    public static string OfficerUserName(int township) => $"officer-{ProvinceLayout.TownshipCode(township)}";

    public static string CountyUserName(int county) => $"county-{ProvinceLayout.CountyCode(county)}";

    public static string CityUserName(int city) => $"city-{ProvinceLayout.CityCode(city)}";

    private static Guid[] NewIds(int count) => Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
}
