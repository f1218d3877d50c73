using System.Globalization;
using GridFlow.Notifications.Rendering;

namespace GridFlow.Web.Components.Shared;

/// <summary>Names from workflow definitions ("中文 English" in one string) in the page's language, as the mails show them.</summary>
public static class DefinitionNames
{
    public static string Localized(string name) => LocalizedName.For(name, CultureInfo.CurrentUICulture.Name);
}
