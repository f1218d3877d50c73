using GridFlow.Contracts.Assessments;
using Microsoft.Extensions.Localization;

namespace GridFlow.Web.Components.Assessment;

/// <summary>An appealed item's name in the page's language: by its kind, as the scorecard names its lines, else its id.</summary>
public static class AppealWords
{
    public static string Item(IStringLocalizer assessment, AppealView appeal)
    {
        if (appeal.ItemKind is not { } kind)
        {
            return appeal.ItemId;
        }

        var name = assessment[$"Item.{kind}"];
        return name.ResourceNotFound ? appeal.ItemId : name.Value;
    }
}
