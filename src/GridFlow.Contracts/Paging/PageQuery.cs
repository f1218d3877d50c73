namespace GridFlow.Contracts.Paging;

/// <summary>The <c>?page=&amp;pageSize=</c> of every list endpoint.</summary>
public sealed record PageQuery(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>The last page anyone may ask for: with the largest pages it skips 500 million rows, so the offset always fits.</summary>
    public const int MaxPage = 1_000_000;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    /// <summary>The rows before this page (only meaningful once <see cref="Validate"/> found no error).</summary>
    public int Skip => (PageNumber - 1) * Size;

    /// <summary>Errors keyed by query parameter, empty when the paging is valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (PageNumber is < 1 or > MaxPage)
        {
            errors["page"] = [$"page must be between 1 and {MaxPage}."];
        }

        if (Size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }

        return errors;
    }
}
