using MudBlazor;

namespace GridFlow.Web.Components.Shared;

/// <summary>The console's look: a green for the environment bureau, and fonts that have every Chinese character.</summary>
public static class GridFlowTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b7f5a",
            Secondary = "#2f6db3",
            AppbarBackground = "#14583f",
            DrawerBackground = "#f6f8f7",
            Background = "#eef2f0",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "system-ui", "sans-serif"],
            },
        },
    };
}
