using GridFlow.Accounts.Contracts;
using GridFlow.Regions.Accounts;
using GridFlow.Regions.Apis;
using GridFlow.Regions.Directory;
using GridFlow.Regions.Import;
using GridFlow.ServiceDefaults.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Regions.Extensions;

public static class RegionsExtensions
{
    public static IHostApplicationBuilder AddRegions(this IHostApplicationBuilder builder)
    {
        builder.AddCheckedOptions<SpatialOptions>(SpatialOptions.Section);
        builder.Services.AddSingleton<GridSpatialIndex>();
        builder.Services.AddSingleton<RegionDirectory>();
        builder.Services.AddScoped<InspectorRegions>();
        builder.Services.AddScoped<InspectorDismissals>();
        builder.Services.AddScoped<ICallerPlaces, CallerPlaces>();
        builder.Services.AddScoped<RegionImporter>();
        builder.Services.AddScoped<GridBoundaryValidator>();
        return builder;
    }

    public static IEndpointRouteBuilder MapRegionsApis(this IEndpointRouteBuilder app) =>
        app.MapRegionsApi().MapRegionMapApi().MapGridsApi().MapGridAdminApi().MapInspectorsApi();
}
