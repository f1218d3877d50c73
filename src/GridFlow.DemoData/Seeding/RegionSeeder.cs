using GridFlow.Contracts.Regions;
using GridFlow.Data.Regions;
using GridFlow.Data;
using GridFlow.DemoData.Generation;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace GridFlow.DemoData.Seeding;

/// <summary>Inserts the city, its counties and townships that are missing, in one SaveChanges.</summary>
internal sealed class RegionSeeder(GridFlowDbContext db)
{
    /// <summary>Returns how many regions were inserted and the id of every demo region by code.</summary>
    public async Task<(int Inserted, IReadOnlyDictionary<string, Guid> Ids)> SeedAsync(DemoCity city, CancellationToken cancellationToken)
    {
        var codes = city.Counties.SelectMany(c => c.Townships.Select(t => t.Code).Prepend(c.Code)).Prepend(city.Code).ToList();
        var ids = await db.Regions.Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Id, cancellationToken);
        var added = new List<Region>();

        Guid Ensure(string code, string name, RegionLevel level, string? parentCode, string path, Polygon extent)
        {
            if (!ids.TryGetValue(code, out var id))
            {
                var region = new Region
                {
                    Code = code,
                    Name = name,
                    Level = level,
                    ParentId = parentCode is null ? null : ids[parentCode],
                    Path = path,
                    Extent = (Polygon)extent.Copy(),
                };
                added.Add(region);
                ids[code] = id = region.Id;
            }

            return id;
        }

        var cityPath = $"/{city.Code}/";
        Ensure(city.Code, city.Name, RegionLevel.City, null, cityPath, city.Extent);
        foreach (var county in city.Counties)
        {
            var countyPath = $"{cityPath}{county.Code}/";
            Ensure(county.Code, county.Name, RegionLevel.County, city.Code, countyPath, county.Extent);
            foreach (var township in county.Townships)
            {
                Ensure(township.Code, township.Name, RegionLevel.Township, county.Code, $"{countyPath}{township.Code}/", township.Extent);
            }
        }

        if (added.Count > 0)
        {
            db.Regions.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return (added.Count, ids);
    }
}
