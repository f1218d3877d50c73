namespace GridFlow.Web.Localization;

/// <summary>Marker for the texts of the dashboard and the map (DashboardText.resx zh-CN, DashboardText.en.resx English).</summary>
public sealed class DashboardText
{
}
