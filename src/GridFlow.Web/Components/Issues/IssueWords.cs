using GridFlow.Contracts.Tasks;
using GridFlow.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GridFlow.Web.Components.Issues;

/// <summary>
/// The codes the API sends (statuses, categories, sources, journal events, roles) in the page's language, falling back
/// to what the API gave (a category's own name, the code) for a code the texts do not know.
/// </summary>
public sealed class IssueWords(IStringLocalizer<IssuesText> texts)
{
    public string Status(string code) => Or($"Status.{code}", code);

    public string Category(string code, IReadOnlyDictionary<string, string>? names = null) =>
        Or($"Category.{code}", names is not null && names.TryGetValue(code, out var name) ? name : code);

    public string Source(string code) => Or($"Source.{code}", code);

    public string Event(string code) => Or($"Event.{code}", code);

    public string Activity(string type) => Or($"Activity.{type}", type);

    public string Role(string code) => Or($"Role.{code}", code);

    public string Card(string card) => Or($"Esc.Card.{card}", card);

    /// <summary>Who holds a task: a user, an inspector, a role in a region, or nobody yet.</summary>
    public string Holder(AssigneeView assignee, Func<string?, string> regionName, Func<string?, string>? inspectorName = null) => assignee switch
    {
        { UserId: { } user } => texts["Holder.user", user],
        { InspectorId: { } inspector } => texts["Holder.inspector", inspectorName?.Invoke(inspector) ?? inspector],
        { Role: { } role } => texts["Holder.role", Role(role), regionName(assignee.RegionId)],
        _ => texts["Holder.unassigned"],
    };

    private string Or(string key, string fallback)
    {
        var text = texts[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
