using System.Globalization;

namespace GridFlow.Web.Components.Statistics;

/// <summary>
/// A link to the issue list behind a figure, in the list's address contract
/// (<c>/issues?status=&amp;category=&amp;regionId=&amp;gridId=&amp;overdue=&amp;source=&amp;from=&amp;to=</c>, dates yyyy-MM-dd);
/// only the filters that are set are written, in that order.
/// </summary>
public sealed record IssueLink(
    string? Status = null, string? Category = null, string? RegionId = null, string? GridId = null, bool? Overdue = null,
    string? Source = null, DateOnly? From = null, DateOnly? To = null)
{
    public string Url
    {
        get
        {
            var parts = new List<string>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    parts.Add($"{name}={Uri.EscapeDataString(value)}");
                }
            }

            Add("status", Status);
            Add("category", Category);
            Add("regionId", RegionId);
            Add("gridId", GridId);
            Add("overdue", Overdue is { } overdue ? (overdue ? "true" : "false") : null);
            Add("source", Source);
            Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return parts.Count == 0 ? "/issues" : "/issues?" + string.Join('&', parts);
        }
    }

    public override string ToString() => Url;
}
