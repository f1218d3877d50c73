using System.ComponentModel.DataAnnotations;

namespace GridFlow.Web.Options;

/// <summary>
/// The console map's base layer (section <c>Console:Map</c>). Without a tile URL the map draws the grids and region
/// outlines on a blank background, so the embedded default works offline. GridFlow's coordinates are WGS-84: a tile
/// source must be WGS-84 too (天地图's CGCS2000 is within centimetres of it, or a local tile server of WGS-84 tiles);
/// 高德 and 腾讯 tiles are GCJ-02 and would show every grid a few hundred metres off.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Console:Map";

    /// <summary>A Leaflet tile URL template, e.g. <c>https://t{s}.tianditu.gov.cn/vec_w/wmts?...&amp;tk=KEY</c>; none: a blank background.</summary>
    [StringLength(2000)]
    public string? TileUrl { get; set; }

    /// <summary>The subdomains <c>{s}</c> takes turns over (天地图: 01234567).</summary>
    [StringLength(32)]
    public string Subdomains { get; set; } = "abc";

    /// <summary>The tile source's credit line, shown in the map's corner (required by most sources' terms).</summary>
    [StringLength(500)]
    public string? Attribution { get; set; }

    [Range(1, 22)]
    public int MaxZoom { get; set; } = 18;
}
